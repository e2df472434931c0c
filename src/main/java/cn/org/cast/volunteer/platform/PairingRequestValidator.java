package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.team.Team;

/**
 * The rules of 申请与基层服务阵地结对 (forms/pairing-request.form) that the values alone decide; whether the
 * centre and the team exist and may pair is the service's to check ({@link PairingService#register}).
 */
@Component
public class PairingRequestValidator implements FormValidator {

  static final int MAX_YEARS = 5;
  private static final List<String> PARTIES = Arrays.stream(PairingParty.values()).map(Enum::name).toList();

  @Override
  public String formId() {
    return REQUEST_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(CENTRE_CODE, "基层服务阵地编号")
        .required(PARTY, "结对主体").oneOf(PARTY, "结对主体", PARTIES)
        .required(CONTENT, "结对服务内容").length(CONTENT, "结对服务内容", 10, 1000)
        .required(CONTACT_NAME, "联系人").length(CONTACT_NAME, "联系人", 2, 50)
        .required(CONTACT_MOBILE, "联系人手机").matches(CONTACT_MOBILE, "联系人手机", FieldChecks.MOBILE, "13812345678")
        .required(STARTS_ON, "结对开始日期").date(STARTS_ON, "结对开始日期")
        .required(ENDS_ON, "结对结束日期").date(ENDS_ON, "结对结束日期");
    String centre = values.text(CENTRE_CODE);
    checks.check(centre == null || Centre.idOf(centre) != null, CENTRE_CODE,
        "“基层服务阵地编号”应为 C 加数字，例如 C3（见基层服务阵地名录）");
    if (PairingParty.TEAM.name().equals(values.raw(PARTY))) {
      checks.required(TEAM_CODE, "服务队编号");
      String team = values.text(TEAM_CODE);
      checks.check(team == null || Team.idOf(team) != null, TEAM_CODE, "“服务队编号”应为 T 加数字，例如 T12（见队伍名录）");
    }
    LocalDate starts = values.date(STARTS_ON);
    LocalDate ends = values.date(ENDS_ON);
    if (starts != null && ends != null) {
      checks.check(ends.isAfter(starts), ENDS_ON, "“结对结束日期”应晚于开始日期")
          .check(!ends.isAfter(starts.plusYears(MAX_YEARS)), ENDS_ON, "结对期限最长" + MAX_YEARS + "年，期满后可再次申请");
    }
    return checks.violations();
  }
}
