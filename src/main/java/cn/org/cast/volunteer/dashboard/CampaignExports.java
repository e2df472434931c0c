package cn.org.cast.volunteer.dashboard;

import static cn.org.cast.volunteer.export.Spreadsheet.Column.dateTime;
import static cn.org.cast.volunteer.export.Spreadsheet.Column.decimal;
import static cn.org.cast.volunteer.export.Spreadsheet.Column.integer;
import static cn.org.cast.volunteer.export.Spreadsheet.Column.text;
import static cn.org.cast.volunteer.export.Spreadsheet.Column.yesNo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.dashboard.ExportRepository.DecisionRow;
import cn.org.cast.volunteer.dashboard.ExportRepository.LinkSlot;
import cn.org.cast.volunteer.dashboard.ExportRepository.NomineeRow;
import cn.org.cast.volunteer.dashboard.ExportRepository.PlanRow;
import cn.org.cast.volunteer.dashboard.ExportRepository.ResultRow;
import cn.org.cast.volunteer.dashboard.ExportRepository.ScoreRow;
import cn.org.cast.volunteer.dashboard.ExportRepository.TeamRow;
import cn.org.cast.volunteer.dashboard.ExportRepository.VenueRow;
import cn.org.cast.volunteer.export.Spreadsheet;
import cn.org.cast.volunteer.export.Spreadsheet.Column;
import cn.org.cast.volunteer.plan.Platform;
import cn.org.cast.volunteer.venue.EndpointKind;
import cn.org.cast.volunteer.venue.SubVenue;
import cn.org.cast.volunteer.venue.VenueService;

/** The organiser's Excel exports of a campaign: the roster, the plans with every Attachment 1 field, the reviews. */
@Component
class CampaignExports {

  private static final List<Column<RosterLine>> ROSTER = List.of(
      text("机构代码", 10, RosterLine::orgCode),
      text("机构名称", 30, RosterLine::orgName),
      text("类型", 10, line -> line.type().label()),
      text("地区", 8, RosterLine::region),
      text("状态", 16, line -> line.state().label()),
      dateTime("状态更新时间", RosterLine::stateSince),
      integer("版本", RosterLine::revision),
      dateTime("最近提交时间", RosterLine::submittedAt),
      text("联系人", 10, RosterLine::contactName),
      text("办公电话", 16, RosterLine::contactOfficePhone),
      text("手机", 14, RosterLine::contactMobile),
      text("联系人邮箱", 28, RosterLine::contactEmail),
      text("机构邮箱", 28, RosterLine::orgEmail),
      integer("已发催报提醒", RosterLine::remindersSent));

  private static final List<Column<PlanRow>> PLANS = List.of(
      text("机构代码", 10, PlanRow::orgCode),
      text("报送单位", 30, PlanRow::orgName),
      text("状态", 14, PlanRow::status),
      integer("版本", PlanRow::revision),
      text("主办单位", 30, PlanRow::hostOrganization),
      text("活动名称", 30, PlanRow::activityName),
      text("承办单位", 30, PlanRow::organizingUnit),
      text("对接平台类型", 16, PlanRow::dockingPlatform),
      text("对接平台名称", 30, PlanRow::dockingPlatformName),
      yesNo("参加视频连线", PlanRow::videoLink),
      text("联系人", 10, PlanRow::contactName),
      text("办公电话", 16, PlanRow::contactOfficePhone),
      text("手机", 14, PlanRow::contactMobile),
      text("传真", 16, PlanRow::contactFax),
      text("电子邮箱", 28, PlanRow::contactEmail),
      text("方案内容", 80, PlanRow::planText),
      text("提交人", 12, PlanRow::submittedBy),
      dateTime("提交时间", PlanRow::submittedAt));

  private static final List<Column<TeamRow>> TEAMS = List.of(
      text("机构代码", 10, TeamRow::orgCode),
      text("报送单位", 30, TeamRow::orgName),
      integer("序号", TeamRow::position),
      text("志愿服务队名称", 30, TeamRow::name),
      text("层级", 16, TeamRow::level),
      text("负责人", 10, TeamRow::leader),
      integer("队员人数", TeamRow::memberCount));

  private static final List<Column<VenueRow>> VENUES = List.of(
      text("机构代码", 10, VenueRow::orgCode),
      text("报送单位", 30, VenueRow::orgName),
      integer("序号", VenueRow::position),
      text("分会场名称", 30, VenueRow::name),
      text("类型", 16, VenueRow::kind),
      text("组织单位", 30, VenueRow::organizer),
      text("地址", 40, VenueRow::address));

  private static final List<Column<NomineeRow>> NOMINEES = List.of(
      text("机构代码", 10, NomineeRow::orgCode),
      text("报送单位", 30, NomineeRow::orgName),
      integer("序号", NomineeRow::position),
      text("推荐的下级学会", 30, NomineeRow::name),
      text("所在地区", 10, NomineeRow::region));

  private static final List<Column<DecisionRow>> DECISIONS = List.of(
      text("机构代码", 10, DecisionRow::orgCode),
      text("报送单位", 30, DecisionRow::orgName),
      integer("版本", DecisionRow::revision),
      text("结果", 16, DecisionRow::decision),
      text("意见", 60, DecisionRow::comment),
      text("办理人", 12, DecisionRow::decidedBy),
      dateTime("办理时间", DecisionRow::decidedAt));

  private static final List<Column<ScoreRow>> SCORES = List.of(
      text("机构代码", 10, ScoreRow::orgCode),
      text("报送单位", 30, ScoreRow::orgName),
      integer("版本", ScoreRow::revision),
      text("评审专家", 12, ScoreRow::reviewer),
      decimal("总分", ScoreRow::total),
      text("分项得分", 40, ScoreRow::points),
      text("评语", 60, ScoreRow::comment),
      dateTime("分配时间", ScoreRow::assignedAt),
      dateTime("评分时间", ScoreRow::scoredAt));

  private static final List<Column<ResultRow>> RESULTS = List.of(
      text("机构代码", 10, ResultRow::orgCode),
      text("报送单位", 30, ResultRow::orgName),
      decimal("平均分", ResultRow::mean),
      decimal("最低分", ResultRow::lowest),
      decimal("分差", ResultRow::spread),
      yesNo("分歧较大", ResultRow::disputed),
      decimal("合议最终分", ResultRow::finalScore),
      text("合议理由", 40, ResultRow::finalReason),
      text("合议人", 12, ResultRow::decidedBy),
      dateTime("合议时间", ResultRow::decidedAt));

  /** A sub-venue with its live-link slot (none for a recorded programme or before the running order is set). */
  record VenueSchedule(SubVenue venue, LinkSlot slot) {}

  private static final List<Column<VenueSchedule>> VENUE_SCHEDULE = List.of(
      text("分会场编号", 10, line -> line.venue().code()),
      text("分会场名称", 30, line -> line.venue().name()),
      text("承办单位", 24, line -> line.venue().hostUnit()),
      text("地区", 8, line -> line.venue().region()),
      text("类型", 14, line -> line.venue().venueKind() == null ? null : Platform.valueOf(line.venue().venueKind()).label()),
      text("地址", 36, line -> line.venue().address()),
      text("现场联系人", 10, line -> line.venue().contactName()),
      text("联系电话", 14, line -> line.venue().contactMobile()),
      text("连线方式", 14, line -> line.venue().endpointKind() == null ? null
          : EndpointKind.valueOf(line.venue().endpointKind()).label()),
      text("连线地址", 36, line -> line.venue().endpoint()),
      dateTime("联调时间", line -> line.venue().rehearsalSlot()),
      text("节目形式", 10, line -> line.venue().programmeMode().label()),
      text("连线开始", 10, line -> line.slot() == null ? null : line.slot().startsAt().toString()),
      integer("连线分钟", line -> line.slot() == null ? null : line.slot().minutes()),
      text("当前状态", 10, line -> line.venue().state().label()),
      dateTime("状态更新时间", line -> line.venue().stateSince()));

  private final DashboardRepository dashboard;
  private final ExportRepository exports;
  private final VenueService venues;

  CampaignExports(DashboardRepository dashboard, ExportRepository exports, VenueService venues) {
    this.dashboard = dashboard;
    this.exports = exports;
    this.venues = venues;
  }

  public void roster(String campaignId, OutputStream out) throws IOException {
    new Spreadsheet().sheet("报送名单", ROSTER, dashboard.roster(campaignId)).write(out);
  }

  public void plans(String campaignId, OutputStream out) throws IOException {
    new Spreadsheet()
        .sheet("筹备工作方案", PLANS, exports.plans(campaignId))
        .sheet("志愿服务队", TEAMS, exports.teams(campaignId))
        .sheet("分会场", VENUES, exports.venues(campaignId))
        .sheet("推荐的下级学会", NOMINEES, exports.nominees(campaignId))
        .write(out);
  }

  /** Every sub-venue with its registration, rehearsal slot, live-link slot and state. */
  public void venueSchedule(String campaignId, OutputStream out) throws IOException {
    Map<String, LinkSlot> slots = exports.linkSlots(campaignId).stream()
        .collect(Collectors.toMap(LinkSlot::venueCode, Function.identity(), (first, second) -> first));
    List<VenueSchedule> schedule = venues.all(campaignId).stream()
        .map(venue -> new VenueSchedule(venue, slots.get(venue.code()))).toList();
    new Spreadsheet().sheet("分会场安排", VENUE_SCHEDULE, schedule).write(out);
  }

  public void reviews(String campaignId, OutputStream out) throws IOException {
    new Spreadsheet()
        .sheet("审核记录", DECISIONS, exports.decisions(campaignId))
        .sheet("评分明细", SCORES, exports.scores(campaignId))
        .sheet("评分结果", RESULTS, exports.scoreResults(campaignId))
        .write(out);
  }
}
