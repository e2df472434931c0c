package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * The rules of forms/rehearsal-result.form (记录联调结果), and the rule a connection test passes by:
 * video and audio work, the latency is within the limit and the picture is not poor.
 */
@Component
public class RehearsalResultValidator implements FormValidator {

  /** The latency limit unless the campaign sets another. */
  public static final int DEFAULT_MAX_LATENCY_MS = 800;
  /** The highest latency the form accepts: beyond it the picture is of no use anyway. */
  public static final int HIGHEST_LATENCY_MS = 10_000;

  @Override
  public String formId() {
    return RESULT_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values)
        .bool(VIDEO_OK, "视频正常")
        .bool(AUDIO_OK, "音频正常")
        .required(LATENCY_MS, "延迟（毫秒）").range(LATENCY_MS, "延迟（毫秒）", 0, HIGHEST_LATENCY_MS)
        .required(PICTURE_QUALITY, "画面质量")
        .oneOf(PICTURE_QUALITY, "画面质量", Arrays.stream(PictureQuality.values()).map(Enum::name).toList())
        .maxLength(REHEARSAL_NOTES, "备注", 1000)
        .violations();
  }

  /** Whether a connection test passes; an unknown picture quality does not. */
  public static boolean passes(boolean videoOk, boolean audioOk, int latencyMs, PictureQuality quality,
      int maxLatencyMs) {
    return videoOk && audioOk && latencyMs <= maxLatencyMs && quality != null && quality != PictureQuality.POOR;
  }
}
