package cn.org.cast.volunteer.ceremony;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.org.cast.volunteer.ceremony.RunningOrder.Flag;
import cn.org.cast.volunteer.ceremony.RunningOrder.Item;

/**
 * What the Excel, PDF and Word running orders share — titles, columns and the cells of a row — so that
 * the three print the same words in the same order.
 */
final class RunningOrderFormat {

  /**
   * A column's header and its width in Excel's character units (a Chinese character takes about two); the
   * PDF and Word use the widths as proportions.
   */
  record Column(String name, int width) {}

  /** A flag batch with its number among the batches (1, 2, …), as the printed lists call it. */
  record Batch(int number, Item item) {

    String heading() {
      return "第" + number + "批　" + timeRange(item) + "　" + text(item.title());
    }

    List<Flag> flags() {
      return item.flags() == null ? List.of() : item.flags();
    }
  }

  static final String AGENDA_TITLE = "议程";
  static final String FLAGS_TITLE = "授旗名单";
  /** Printed wherever a representative (or the date, or the host) is not confirmed yet. */
  static final String UNCONFIRMED = "待确认";

  static final List<Column> AGENDA_COLUMNS = List.of(new Column("序号", 7), new Column("时间", 17),
      new Column("时长（分钟）", 16), new Column("环节", 18), new Column("内容", 30), new Column("授旗/主持/讲话人", 22),
      new Column("分会场", 18));

  /** A flag's columns within its batch; the workbook's one list across batches puts {@link #BATCH} first. */
  static final List<Column> FLAG_COLUMNS = List.of(new Column("顺序", 7), new Column("类别", 18),
      new Column("受旗单位", 30), new Column("所属单位", 26), new Column("受旗代表", 12), new Column("职务", 16),
      new Column("授旗人", 14));

  static final Column BATCH = new Column("批次", 7);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private RunningOrderFormat() {
  }

  static String title(RunningOrder order) {
    return order.campaignName() + "座谈会议程";
  }

  static String dateAndHost(RunningOrder order) {
    String date = order.symposiumDate() == null ? UNCONFIRMED : DATE.format(order.symposiumDate());
    String host = order.host() == null ? UNCONFIRMED : order.host();
    return "日期：" + date + "　　主持人：" + host;
  }

  /** 09:30–09:32, with an en dash as in print. */
  static String timeRange(Item item) {
    return TIME.format(item.startsAt()) + "–" + TIME.format(item.endsAt());
  }

  /** Numbers stay numbers so that the workbook can sort them; {@link #text} prints them. */
  static List<Object> agendaCells(Item item) {
    return List.of(item.position(), timeRange(item), item.minutes(), item.kind().label(), text(item.title()),
        presenter(item), venue(item));
  }

  static List<Object> flagCells(Flag flag) {
    boolean confirmed = flag.representative() != null;
    return List.of(flag.order(), text(flag.poolLabel()), text(flag.recipient()), text(flag.hostOrganization()),
        confirmed ? flag.representative() : UNCONFIRMED, confirmed ? text(flag.representativeTitle()) : "",
        text(flag.presenter()));
  }

  static List<Batch> batches(RunningOrder order) {
    List<Batch> batches = new ArrayList<>();
    for (Item item : order.items()) {
      if (item.kind() == ProgrammeKind.FLAG_BATCH) {
        batches.add(new Batch(batches.size() + 1, item));
      }
    }
    return batches;
  }

  static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** A batch handed over by several people names them all when the item itself names no one. */
  private static String presenter(Item item) {
    if (item.presenter() != null || item.flags() == null) {
      return text(item.presenter());
    }
    return item.flags().stream().map(Flag::presenter).filter(Objects::nonNull).distinct()
        .collect(Collectors.joining("、"));
  }

  private static String venue(Item item) {
    return item.venueName() != null ? item.venueName() : text(item.venueCode());
  }
}
