package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.form.FormContract;
import cn.org.cast.volunteer.team.ServiceField;

/** The demand forms submit what their validators check, and offer exactly the choices the server accepts. */
class DemandFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theFormsHaveTheirValidatorsIdsAndSubmitTheirFields() throws IOException {
    assertThat(contract("demand-entry").formId()).isEqualTo(new DemandEntryValidator().formId());
    assertThat(contract("demand-entry").submittableVariables()).containsExactlyInAnyOrder(TITLE, DESCRIPTION,
        SUBMITTER_KIND, SUBMITTER_NAME, CONTACT_NAME, CONTACT_MOBILE, REGION, TECH_FIELD, SERVICE_KIND, KEY_CORE);
    assertThat(contract("demand-triage").formId()).isEqualTo(new DemandTriageValidator().formId());
    assertThat(contract("demand-triage").submittableVariables())
        .containsExactlyInAnyOrder(TRIAGE_DECISION, MERGE_INTO, DECLINE_REASON);
  }

  @Test
  void optionListsAreTheServersEnumerationsWithTheirLabels() throws IOException {
    for (String form : List.of("demand-entry", "demand-triage")) {
      Map<String, JsonNode> fields = fields(form);
      assertOptions(fields.get(SUBMITTER_KIND), SubmitterKind.values(), SubmitterKind::label);
      assertOptions(fields.get(TECH_FIELD), TechField.values(), TechField::label);
      assertOptions(fields.get(SERVICE_KIND), ServiceField.values(), ServiceField::label);
      assertThat(fields.get(REGION).path("values").findValuesAsText("value")).as(form)
          .containsExactlyElementsOf(DemandEntryValidator.REGIONS);
    }
    assertOptions(fields("demand-triage").get(TRIAGE_DECISION), TriageDecision.values(), TriageDecision::label);
  }

  private static <E extends Enum<E>> void assertOptions(JsonNode field, E[] constants, Function<E, String> label) {
    assertThat(field.path("values").findValuesAsText("value")).as(field.path("key").asText())
        .containsExactlyElementsOf(Arrays.stream(constants).map(Enum::name).toList());
    assertThat(field.path("values").findValuesAsText("label")).as(field.path("key").asText())
        .containsExactlyElementsOf(Arrays.stream(constants).map(label).toList());
  }

  private static FormContract contract(String form) throws IOException {
    return FormContract.read(Files.newInputStream(Path.of("forms", form + ".form")));
  }

  private static Map<String, JsonNode> fields(String form) throws IOException {
    List<JsonNode> all = new ArrayList<>();
    JSON.readTree(Path.of("forms", form + ".form").toFile()).path("components").forEach(all::add);
    Map<String, JsonNode> byKey = new java.util.HashMap<>();
    all.stream().filter(field -> field.has("key")).forEach(field -> byKey.put(field.path("key").asText(), field));
    return byKey;
  }
}
