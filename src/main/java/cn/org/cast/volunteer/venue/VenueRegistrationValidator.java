package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.plan.Platform;

/** The rules of forms/venue-registration.form (分会场登记), filled in by the host organisation. */
@Component
public class VenueRegistrationValidator implements FormValidator {

  @Override
  public String formId() {
    return REGISTRATION_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values)
        .required(ADDRESS, "详细地址").maxLength(ADDRESS, "详细地址", 200)
        .required(VENUE_KIND, "平台类型")
        .oneOf(VENUE_KIND, "平台类型", Arrays.stream(Platform.values()).map(Enum::name).toList())
        .required(HOST_UNIT, "主办单位").maxLength(HOST_UNIT, "主办单位", 100)
        .required(ORGANIZING_UNIT, "承办单位").maxLength(ORGANIZING_UNIT, "承办单位", 100)
        .required(CONTACT_NAME, "现场联系人").length(CONTACT_NAME, "现场联系人", 2, 50)
        .required(CONTACT_MOBILE, "联系人手机").matches(CONTACT_MOBILE, "联系人手机", FieldChecks.MOBILE, "13812345678")
        .required(ENDPOINT_KIND, "接入方式").oneOf(ENDPOINT_KIND, "接入方式", Arrays.stream(EndpointKind.values()).map(Enum::name).toList())
        .required(ENDPOINT, "终端号码/会议号/推流地址").maxLength(ENDPOINT, "终端号码/会议号/推流地址", 300)
        .violations();
  }
}
