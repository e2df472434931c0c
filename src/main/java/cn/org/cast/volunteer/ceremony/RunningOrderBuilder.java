package cn.org.cast.volunteer.ceremony;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.selection.Pool;

/**
 * Builds the symposium's running order in seed K2's sequence: opening, launch, the flag to the Corps,
 * the flags to the selected societies and teams in batches, service actions, interviews, a live link
 * (or recorded video) per sub-venue, closing. Times follow from the start time and each item's length.
 */
final class RunningOrderBuilder {

  static final int OPENING_MINUTES = 3;
  static final int LAUNCH_MINUTES = 5;
  static final int CORPS_FLAG_MINUTES = 3;
  static final int FLAGS_PER_MINUTE = 5;
  static final int SHOWCASE_MINUTES = 5;
  static final int INTERVIEW_MINUTES = 4;
  static final int CLOSING_MINUTES = 2;

  /** What the ceremony team sets in 编排座谈会议程. */
  public record Settings(LocalTime start, String host, String launchPresenter, String corpsPresenter,
      String corpsRecipient, FlagOrder order, int batchSize, List<String> presenters, List<String> showcase,
      List<String> interviews, int linkMinutes) {}

  /** A sub-venue's slot: live link, or its recorded video where it was dropped from the live programme. */
  public record VenueSlot(String code, String name, String region, boolean live) {}

  /** A recipient's place: its batch, its order within the whole presentation, and who presents its flag. */
  public record FlagSlot(Pool pool, String candidateId, int batch, int order, String presenter) {}

  public record Built(List<CeremonyRepository.StoredItem> items, List<FlagSlot> slots) {}

  private final List<CeremonyRepository.StoredItem> items = new ArrayList<>();
  private LocalTime clock;

  private RunningOrderBuilder(LocalTime start) {
    this.clock = start;
  }

  public static Built build(String campaignName, Settings settings, List<FlagRecipient> recipients,
      List<String> regionOrder, List<VenueSlot> venues) {
    RunningOrderBuilder order = new RunningOrderBuilder(settings.start());
    order.add(OPENING_MINUTES, ProgrammeKind.OPENING, "主持人宣布座谈会开始，介绍出席领导和嘉宾", settings.host(), null, null);
    order.add(LAUNCH_MINUTES, ProgrammeKind.LAUNCH, "启动“" + campaignName + "”", settings.launchPresenter(), null, null);
    order.add(CORPS_FLAG_MINUTES, ProgrammeKind.CORPS_FLAG,
        "向中国科技志愿服务总队授旗（接旗：" + settings.corpsRecipient() + "）", settings.corpsPresenter(), null, null);

    List<FlagSlot> slots = new ArrayList<>();
    List<FlagRecipient> ordered = ordered(recipients, settings.order(), regionOrder);
    int batches = (ordered.size() + settings.batchSize() - 1) / settings.batchSize();
    for (int batch = 1; batch <= batches; batch++) {
      List<FlagRecipient> members = ordered.subList((batch - 1) * settings.batchSize(),
          Math.min(ordered.size(), batch * settings.batchSize()));
      String presenter = settings.presenters().get((batch - 1) % settings.presenters().size());
      for (FlagRecipient member : members) {
        slots.add(new FlagSlot(member.pool(), member.candidateId(), batch, slots.size() + 1, presenter));
      }
      order.add(Math.max(2, (members.size() + FLAGS_PER_MINUTE - 1) / FLAGS_PER_MINUTE), ProgrammeKind.FLAG_BATCH,
          "第" + batch + "批授旗：" + describe(members), presenter, batch, null);
    }
    settings.showcase().forEach(item -> order.add(SHOWCASE_MINUTES, ProgrammeKind.SHOWCASE, item, null, null, null));
    settings.interviews().forEach(item -> order.add(INTERVIEW_MINUTES, ProgrammeKind.INTERVIEW, item, null, null, null));
    for (VenueSlot venue : venues) {
      order.add(settings.linkMinutes(), ProgrammeKind.VENUE_LINK,
          (venue.live() ? "连线" : "播放录播视频：") + venue.name() + where(venue.region()), null, null, venue.code());
    }
    order.add(CLOSING_MINUTES, ProgrammeKind.CLOSING, "主持人宣布座谈会结束", settings.host(), null, null);
    return new Built(List.copyOf(order.items), slots);
  }

  private void add(int minutes, ProgrammeKind kind, String title, String presenter, Integer batch, String venue) {
    items.add(new CeremonyRepository.StoredItem(items.size() + 1, clock, minutes, kind, title, presenter, batch, venue));
    clock = clock.plusMinutes(minutes);
  }

  private static List<FlagRecipient> ordered(List<FlagRecipient> recipients, FlagOrder order, List<String> regionOrder) {
    Comparator<FlagRecipient> byRank = Comparator.comparing(FlagRecipient::pool).thenComparingInt(FlagRecipient::rank);
    return switch (order) {
      case RANK -> recipients.stream().sorted(byRank).toList();
      case REGION -> recipients.stream().sorted(Comparator.<FlagRecipient>comparingInt(r -> regionIndex(regionOrder, r.region()))
          .thenComparing(byRank)).toList();
      case HOST -> {
        // Hosts in the order of their best-ranked recipient; each host's society first, then its teams.
        Map<String, List<FlagRecipient>> byHost = new LinkedHashMap<>();
        recipients.stream().sorted(Comparator.comparingInt(FlagRecipient::rank).thenComparing(FlagRecipient::pool))
            .forEach(r -> byHost.computeIfAbsent(r.hostCode(), host -> new ArrayList<>()).add(r));
        yield byHost.values().stream().flatMap(group -> group.stream().sorted(byRank)).toList();
      }
    };
  }

  /** A national society's venue could be anywhere: its region says nothing about where the venue is. */
  private static String where(String region) {
    return OrganizationRegistry.NATIONAL_REGION.equals(region) ? "" : "（" + region + "）";
  }

  private static int regionIndex(List<String> regionOrder, String region) {
    int index = regionOrder.indexOf(region);
    return index < 0 ? regionOrder.size() : index;
  }

  private static String describe(List<FlagRecipient> members) {
    long societies = members.stream().filter(m -> m.pool() == Pool.SOCIETY).count();
    long teams = members.size() - societies;
    return (societies > 0 ? Pool.SOCIETY.label() + societies + "面" : "")
        + (societies > 0 && teams > 0 ? "、" : "") + (teams > 0 ? Pool.TEAM.label() + teams + "面" : "");
  }
}
