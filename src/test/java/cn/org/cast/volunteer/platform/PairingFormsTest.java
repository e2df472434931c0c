package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;
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
  void aCompleteRequestPassesAndEachRuleSaysWhatIsWrong() {
    Map<String, Object> complete = Map.of(CENTRE_CODE, "c12", PARTY, "TEAM", TEAM_CODE, "T3", CONTENT,
        "每月一次社区科普讲座和青少年实验营。", CONTACT_NAME, "张联络", CONTACT_MOBILE, "13812345678", STARTS_ON, "2019-05-01",
        ENDS_ON, "2024-05-01");
    assertThat(requestViolations(FormValues.of(complete))).isEmpty();

    List<String> messages = requestViolations(FormValues.of(Map.of(CENTRE_CODE, "阵地12", PARTY, "TEAM", TEAM_CODE, "十二队",
        CONTENT, "讲座", CONTACT_NAME, "张", CONTACT_MOBILE, "12345", STARTS_ON, "2019-05-01", ENDS_ON, "2024-05-02")))
        .stream().map(FieldViolation::message).toList();
    assertThat(messages).containsExactlyInAnyOrder(
        "“结对服务内容”应为10至1000个字（当前2个字）",
        "“联系人”应为2至50个字（当前1个字）",
        "“联系人手机”格式不正确：请输入 11 位手机号码，例如 13812345678",
        "“基层服务阵地编号”格式不正确：应为 C 加数字，例如 C3（见基层服务阵地名录）",
        "“服务队编号”格式不正确：应为服务队的编号，T 加数字，例如 T12",
        "结对期限最长5年，期满后可再次申请");
    assertThat(requestViolations(FormValues.of(Map.of(PARTY, "TEAM")))).extracting(FieldViolation::message)
        .contains("请填写“服务队编号”", "请填写“基层服务阵地编号”", "请填写“结对开始日期”");
    assertThat(approvalViolations(FormValues.of(Map.of(DECISION, "RETURN", DECISION_COMMENT, "不行"))))
        .extracting(FieldViolation::message).containsExactly("“审批意见”至少5个字（当前2个字）");
    assertThat(approvalViolations(FormValues.of(Map.of(DECISION, "MAYBE")))).extracting(FieldViolation::message)
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

  private List<FieldViolation> requestViolations(FormValues values) {
    return FormFiles.violations("pairing-request", request, values);
  }

  private List<FieldViolation> approvalViolations(FormValues values) {
    return FormFiles.violations("pairing-approval", approval, values);
  }
}
