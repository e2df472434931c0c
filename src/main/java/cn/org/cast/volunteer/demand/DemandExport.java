package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.export.Spreadsheet.Column.dateTime;
import static cn.org.cast.volunteer.export.Spreadsheet.Column.integer;
import static cn.org.cast.volunteer.export.Spreadsheet.Column.text;
import static cn.org.cast.volunteer.export.Spreadsheet.Column.yesNo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import cn.org.cast.volunteer.export.Spreadsheet;
import cn.org.cast.volunteer.export.Spreadsheet.Column;

/** The library as an Excel sheet: every field of each demand, the contact as its reader may see it. */
final class DemandExport {

  static final String SHEET = "创新难题需求库";

  private static final List<Column<LibraryEntry>> COLUMNS = List.of(
      text("编号", 8, LibraryEntry::code),
      text("需求名称", 30, LibraryEntry::title),
      text("需求描述", 60, LibraryEntry::description),
      text("提出方类型", 8, LibraryEntry::submitterKind),
      text("提出方名称", 24, LibraryEntry::submitterName),
      text("联系人", 10, LibraryEntry::contactName),
      text("联系人手机", 14, LibraryEntry::contactMobile),
      text("所在地区", 8, LibraryEntry::region),
      text("技术领域", 12, LibraryEntry::techField),
      text("需要的服务", 14, LibraryEntry::serviceKind),
      yesNo("关键核心技术", LibraryEntry::keyCoreTechnology),
      text("受理单位", 24, LibraryEntry::ownerName),
      text("来源", 12, LibraryEntry::channel),
      dateTime("提交时间", LibraryEntry::submittedAt),
      text("状态", 10, LibraryEntry::statusLabel),
      text("合并到", 8, LibraryEntry::mergedInto),
      text("不予受理的理由", 30, LibraryEntry::declineReason),
      integer("服务项目", LibraryEntry::projectId),
      text("服务成效", 40, LibraryEntry::projectResult));

  private DemandExport() {
  }

  static void write(List<LibraryEntry> entries, OutputStream out) throws IOException {
    new Spreadsheet().sheet(SHEET, COLUMNS, entries).write(out);
  }
}
