package cn.org.cast.volunteer.ceremony;

import static cn.org.cast.volunteer.ceremony.SymposiumProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * The rules of forms/running-order.form (编排座谈会议程). The lists the ceremony team types one item a
 * line (flag presenters, showcase items, interviews) are read with {@link #lines(String)}.
 */
@Component
public class RunningOrderValidator implements FormValidator {

  public static final int DEFAULT_FLAG_BATCH_SIZE = 20;
  public static final int MAX_FLAG_BATCH_SIZE = 50;
  public static final int DEFAULT_LINK_MINUTES = 3;
  public static final int MAX_LINK_MINUTES = 15;
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
        .required(START_TIME, "开始时间").time(START_TIME, "开始时间")
        .required(HOST, "主持人").length(HOST, "主持人", 2, 50)
        .required(LAUNCH_PRESENTER, "启动仪式领导").length(LAUNCH_PRESENTER, "启动仪式领导", 2, 50)
        .required(CORPS_PRESENTER, "向总队授旗领导").length(CORPS_PRESENTER, "向总队授旗领导", 2, 50)
        .required(CORPS_RECIPIENT, "总队接旗代表").length(CORPS_RECIPIENT, "总队接旗代表", 2, 50)
        .required(FLAG_ORDER, "授旗顺序")
        .oneOf(FLAG_ORDER, "授旗顺序", Arrays.stream(FlagOrder.values()).map(Enum::name).toList())
        .range(FLAG_BATCH_SIZE, "每批授旗数", 1, MAX_FLAG_BATCH_SIZE)
        .required(FLAG_PRESENTERS, "授旗领导").lines(FLAG_PRESENTERS, "授旗领导", 1, MAX_PRESENTERS, 50)
        .lines(SHOWCASE_ITEMS, "服务行动展示", 0, MAX_SHOWCASE_ITEMS, 100)
        .lines(INTERVIEWS, "志愿者访谈", 0, MAX_INTERVIEWS, 100)
        .range(LINK_MINUTES, "每个分会场连线时长（分钟）", 1, MAX_LINK_MINUTES)
        .bool(FINALISED, "议程定稿")
        .violations();
  }

  /** The items of a one-item-a-line text: its non-blank lines, trimmed, in order (none for null). */
  public static List<String> lines(String text) {
    return FieldChecks.nonBlankLines(text);
  }
}
