package cn.org.cast.volunteer.ceremony;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.notice.CampaignStatus;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.plan.Platform;
import cn.org.cast.volunteer.venue.SymposiumTimetable;
import cn.org.cast.volunteer.venue.SubVenue;
import cn.org.cast.volunteer.venue.VenueService;
import cn.org.cast.volunteer.venue.VenueState;

/** The live board's data: read afresh on every poll, so it is as current as the last committed signal. */
@Service
class LiveBoardService {

  private final SymposiumService symposium;
  private final VenueService venues;
  private final CampaignService campaigns;
  private final Organizations organizations;
  private final SymposiumTimetable timetable;
  private final Clock clock;

  LiveBoardService(SymposiumService symposium, VenueService venues, CampaignService campaigns,
      Organizations organizations, SymposiumTimetable timetable, Clock clock) {
    this.symposium = symposium;
    this.venues = venues;
    this.campaigns = campaigns;
    this.organizations = organizations;
    this.timetable = timetable;
    this.clock = clock;
  }

  public LiveBoard board(String campaignId) {
    RunningOrder order = symposium.runningOrder(campaignId);
    ZonedDateTime now = ZonedDateTime.now(clock);
    List<SubVenue> all = venues.all(campaignId);
    Map<String, SubVenue> byCode = all.stream().collect(Collectors.toMap(SubVenue::code, Function.identity()));
    Map<String, String> hostNames = organizations.namesByCode();

    List<LiveBoard.Item> items = order.items().stream().map(item -> {
      SubVenue venue = item.venueCode() == null ? null : byCode.get(item.venueCode());
      return new LiveBoard.Item(item.position(), item.startsAt().toString(), item.endsAt().toString(), item.minutes(),
          item.kind().name(), item.kind().label(), item.title(), item.presenter(), item.flags().size(),
          item.venueCode(), item.venueName(), venue == null ? null : venue.state().name(),
          venue == null ? null : venue.state().label());
    }).toList();
    Map<String, SubVenue.Rehearsal> rehearsals = venues.latestRehearsals(campaignId);
    List<LiveBoard.Venue> boardVenues = all.stream().map(v -> new LiveBoard.Venue(v.code(), v.name(), v.region(),
        kindLabel(v.venueKind()), hostNames.getOrDefault(v.hostCode(), v.hostCode()), v.state().name(),
        v.state().label(), v.fallbackMode() == null ? null : v.fallbackMode().name(),
        v.fallbackMode() == null ? null : v.fallbackMode().label(),
        v.stateSince().atZoneSameInstant(VolunteerApplication.BEIJING).toOffsetDateTime(), v.programmeMode().name(),
        rehearsalNote(rehearsals.get(v.code())))).toList();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (VenueState state : VenueState.values()) {
      long n = all.stream().filter(v -> v.state() == state).count();
      if (n > 0) {
        counts.put(state.name(), n);
      }
    }
    return new LiveBoard(campaignId, order.campaignName(), order.symposiumDate(), now.toOffsetDateTime(),
        phase(campaignId, all, now), current(order, now), items, boardVenues, counts);
  }

  private LiveBoard.Phase phase(String campaignId, List<SubVenue> all, ZonedDateTime now) {
    if (campaigns.status(campaignId).orElse(null) == CampaignStatus.CONCLUDED) {
      return LiveBoard.Phase.CONCLUDED;
    }
    boolean opened = !now.toInstant().isBefore(timetable.liveOpensAt(campaignId).toInstant());
    if (!opened) {
      return LiveBoard.Phase.PREPARATION;
    }
    boolean allOver = !all.isEmpty() && all.stream().allMatch(v -> v.state() == VenueState.DONE || v.state() == VenueState.RECORDED);
    return allOver && now.toLocalDate().isAfter(timetable.symposiumDate(campaignId))
        ? LiveBoard.Phase.CONCLUDED : LiveBoard.Phase.LIVE;
  }

  /** The item the clock is in on the symposium day. */
  private static Integer current(RunningOrder order, ZonedDateTime now) {
    if (!now.toLocalDate().equals(order.symposiumDate())) {
      return null;
    }
    LocalTime time = now.toLocalTime();
    return order.items().stream().filter(i -> !time.isBefore(i.startsAt()) && time.isBefore(i.endsAt()))
        .map(RunningOrder.Item::position).findFirst().orElse(null);
  }

  /** A venue's latest connection test in a few words, e.g. 第2次联调：通过. */
  private static String rehearsalNote(SubVenue.Rehearsal last) {
    return last == null ? "尚无联调记录" : "第" + last.attempt() + "次联调：" + (last.passed() ? "通过" : "未通过");
  }

  private static String kindLabel(String kind) {
    return Arrays.stream(Platform.values()).filter(p -> p.name().equals(kind)).map(Platform::label).findFirst()
        .orElse(kind);
  }
}
