package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of forms/recorded-video.form (提交录播视频): a web link to the video. */
@Component
public class RecordedVideoValidator implements FormValidator {

  @Override
  public String formId() {
    return RECORDED_VIDEO_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values)
        .required(RECORDED_VIDEO_LINK, "录播视频链接").maxLength(RECORDED_VIDEO_LINK, "录播视频链接", 500)
        .webAddress(RECORDED_VIDEO_LINK, "录播视频链接")
        .violations();
  }
}
