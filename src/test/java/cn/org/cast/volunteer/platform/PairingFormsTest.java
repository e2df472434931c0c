package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormContract;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.organization.OrganizationType;

/**
 * The pairing forms submit what their validators check, offer the server's options with their labels, and each
 * rule says in Chinese what is wrong; the pilot counties' data file is 50 counties of the registry's provinces.
 */
class PairingFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final PairingRequestValidator request = new PairingRequestValidator();
  private final PairingApprovalValidator approval = new PairingApprovalValidator();

  @Test
  void eachFormSubmitsWhatItsValidatorChecks() throws IOException {
    assertThat(contract("pairing-request").formId()).isEqualTo(request.formId());
    assertThat(contract("pairing-request").submittableVariables()).containsExactlyInAnyOrder(CENTRE_CODE, PARTY,
        TEAM_CODE, CONTENT, CONTACT_NAME, CONTACT_MOBILE, STARTS_ON, ENDS_ON);
    assertThat(contract("pairing-approval").formId()).isEqualTo(approval.formId());
    assertThat(contract("pairing-approval").submittableVariables()).containsExactlyInAnyOrder(DECISION, DECISION_COMMENT);
    for (Map.Entry<String, FormValidator> form : Map.<String, FormValidator>of("pairing-request", request,
        "pairing-approval", approval).entrySet()) {
      assertThat(form.getValue().validate(FormValues.of(Map.of()))).isNotEmpty().extracting(FieldViolation::field)
          .allSatisfy(field -> assertThat(contract(form.getKey()).submittableVariables()).contains(field));
    }
  }

  @Test
  void optionsAreTheServersEnumerationsWithTheirLabels() throws IOException {
    assertOptions("pairing-request", PARTY, Arrays.stream(PairingParty.values()).collect(
        Collectors.toMap(Enum::name, PairingParty::label)), PairingParty.values());
    assertOptions("pairing-approval", DECISION, Arrays.stream(PairingDecision.values()).collect(
        Collectors.toMap(Enum::name, PairingDecision::label)), PairingDecision.values());
  }

  @Test
  void aCompleteRequestPassesAndEachRuleSaysWhatIsWrong() {
    Map<String, Object> complete = Map.of(CENTRE_CODE, "c12", PARTY, "TEAM", TEAM_CODE, "T3", CONTENT,
        "每月一次社区科普讲座和青少年实验营。", CONTACT_NAME, "张联络", CONTACT_MOBILE, "13812345678", STARTS_ON, "2019-05-01",
        ENDS_ON, "2024-05-01");
    assertThat(request.validate(FormValues.of(complete))).isEmpty();

    List<String> messages = request.validate(FormValues.of(Map.of(CENTRE_CODE, "阵地12", PARTY, "TEAM", TEAM_CODE, "十二队",
        CONTENT, "讲座", CONTACT_NAME, "张", CONTACT_MOBILE, "12345", STARTS_ON, "2019-05-01", ENDS_ON, "2024-05-02")))
        .stream().map(FieldViolation::message).toList();
    assertThat(messages).containsExactlyInAnyOrder(
        "“结对服务内容”应为10至1000个字（当前2个字）",
        "“联系人”应为2至50个字（当前1个字）",
        "“联系人手机”格式不正确，应如 13812345678",
        "“基层服务阵地编号”应为 C 加数字，例如 C3（见基层服务阵地名录）",
        "“服务队编号”应为 T 加数字，例如 T12（见队伍名录）",
        "结对期限最长5年，期满后可再次申请");
    assertThat(request.validate(FormValues.of(Map.of(PARTY, "TEAM")))).extracting(FieldViolation::message)
        .contains("请填写“服务队编号”", "请填写“基层服务阵地编号”", "请填写“结对开始日期”");
    assertThat(approval.validate(FormValues.of(Map.of(DECISION, "RETURN", DECISION_COMMENT, "不行"))))
        .extracting(FieldViolation::message).containsExactly("“审批意见”应为5至500个字（当前2个字）");
    assertThat(approval.validate(FormValues.of(Map.of(DECISION, "MAYBE")))).extracting(FieldViolation::message)
        .containsExactly("“审批结论”的取值无效，请从选项中选择");
  }

  @Test
  void thePilotCountiesAreFiftyCountiesOfTheRegistrysProvinces() {
    List<PilotCounty> counties = PilotCounties.readDataFile();
    Map<String, String> prefixes = OrganizationRegistry.readDataFile().stream()
        .filter(org -> org.type() == OrganizationType.PROVINCIAL_ASSOCIATION)
        .collect(Collectors.toMap(Organization::region, org -> org.code().substring(1, 3)));

    assertThat(counties).hasSize(50);
    assertThat(counties.stream().map(PilotCounty::code).collect(Collectors.toSet())).hasSize(50);
    assertThat(counties).allSatisfy(county -> {
      assertThat(county.code()).matches("\\d{6}").startsWith(prefixes.get(county.province()));
      assertThat(county.name()).isNotBlank();
    });
  }

  private static <E extends Enum<E>> void assertOptions(String form, String key, Map<String, String> labels, E[] order)
      throws IOException {
    JsonNode field = JSON.readTree(Path.of("forms", form + ".form").toFile()).path("components").findParents("key")
        .stream().filter(component -> component.path("key").asText().equals(key)).findFirst().orElseThrow();
    List<String> values = Arrays.stream(order).map(Enum::name).toList();
    assertThat(field.path("values").findValuesAsText("value")).containsExactlyElementsOf(values);
    assertThat(field.path("values").findValuesAsText("label"))
        .containsExactlyElementsOf(values.stream().map(labels::get).toList());
  }

  private static FormContract contract(String form) {
    try {
      return FormContract.read(Files.newInputStream(Path.of("forms", form + ".form")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
