package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.organization.OrganizationRegistry;

/** The organisation and province pickers get their options from the registry's file, not from a copy in the form. */
class RegistryOptionsTest {

  @Test
  void thePickersOptionsAreWrittenInFromTheRegistry() throws Exception {
    byte[] committed = Files.readAllBytes(Path.of("forms", "campaign-start.form"));
    assertThat(new String(committed, StandardCharsets.UTF_8)).doesNotContain("P110000");

    FormSchema deployed = FormFiles.schema("campaign-start");
    assertThat(deployed.options("recipientCodes")).hasSize(OrganizationRegistry.readDataFile().size())
        .startsWith("P110000");
    assertThat(deployed.optionLabels("recipientCodes")).startsWith("北京市科学技术协会（P110000）");
  }

  @Test
  void theProvincePickersOptionsAreTheRegistrysRegions() throws Exception {
    for (String form : new String[] {"demand-entry", "demand-triage"}) {
      assertThat(Files.readString(Path.of("forms", form + ".form"))).as(form).doesNotContain("新疆生产建设兵团");
      assertThat(FormFiles.schema(form).options("region")).as(form)
          .containsExactlyElementsOf(OrganizationRegistry.provincialRegions());
    }
    assertThat(FormFiles.schema("plan-submission").options("nomineeRegion"))
        .containsExactlyElementsOf(OrganizationRegistry.provincialRegions());
  }

  @Test
  void aFormWithoutAPickerIsDeployedAsItIs() throws Exception {
    byte[] form = Files.readAllBytes(Path.of("forms", "plan-review.form"));
    assertThat(RegistryOptions.fill(form)).isSameAs(form);
  }
}
