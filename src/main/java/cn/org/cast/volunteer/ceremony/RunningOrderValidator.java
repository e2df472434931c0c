package cn.org.cast.volunteer.ceremony;

import static cn.org.cast.volunteer.ceremony.SymposiumProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * What forms/running-order.form (编排座谈会议程) cannot say itself: how many lines its one-item-a-line lists
 * have, and how long each line is. The lists the ceremony team types one item a
 * line (flag presenters, showcase items, interviews) are read with {@link #lines(String)}.
 */
@Component
public class RunningOrderValidator implements FormValidator {

  public static final int DEFAULT_FLAG_BATCH_SIZE = 20;
  public static final int DEFAULT_LINK_MINUTES = 3;
  public static final int MAX_PRESENTERS = 20;
  public static final int MAX_SHOWCASE_ITEMS = 20;
  public static final int MAX_INTERVIEWS = 20;

  @Override
  public String formId() {
    return ARRANGE_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values)
        .lines(FLAG_PRESENTERS, "授旗领导", 1, MAX_PRESENTERS, 50)
        .lines(SHOWCASE_ITEMS, "服务行动展示", 0, MAX_SHOWCASE_ITEMS, 100)
        .lines(INTERVIEWS, "志愿者访谈", 0, MAX_INTERVIEWS, 100)
        .violations();
  }

  /** The items of a one-item-a-line text: its non-blank lines, trimmed, in order (none for null). */
  public static List<String> lines(String text) {
    return FieldChecks.nonBlankLines(text);
  }
}
