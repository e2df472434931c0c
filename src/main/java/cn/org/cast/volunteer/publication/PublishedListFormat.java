package cn.org.cast.volunteer.publication;

import java.util.List;

import cn.org.cast.volunteer.selection.Pool;

/** What the Excel and PDF lists share: their title, columns and the cells of a line. */
final class PublishedListFormat {

  static final List<String> COLUMNS = List.of("序号", "名称", "推荐单位", "地区", "得分", "结果");

  private PublishedListFormat() {
  }

  static String title(String campaignName, Pool pool) {
    return campaignName + " · " + pool.label() + "名单";
  }

  static List<String> cells(PublishedLine line) {
    return List.of(String.valueOf(line.order()), line.name(), line.hostName(), line.region(),
        String.format("%.1f", line.score()), line.outcome());
  }
}
