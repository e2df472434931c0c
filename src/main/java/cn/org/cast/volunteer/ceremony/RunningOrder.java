package cn.org.cast.volunteer.ceremony;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The symposium's running order as the ceremony team built it, with the flag recipients' confirmed
 * representatives filled in: what the exports print and the live board shows.
 */
public record RunningOrder(String campaignId, String campaignName, LocalDate symposiumDate, String host,
    List<Item> items) {

  /**
   * One item. {@code flags} is filled for {@link ProgrammeKind#FLAG_BATCH} only; {@code venueCode} and
   * {@code venueName} for {@link ProgrammeKind#VENUE_LINK} only.
   */
  public record Item(int position, LocalTime startsAt, int minutes, ProgrammeKind kind, String title,
      String presenter, List<Flag> flags, String venueCode, String venueName) {

    public LocalTime endsAt() {
      return startsAt.plusMinutes(minutes);
    }
  }

  /**
   * One flag handed over: to a selected society or team ({@code poolLabel} 学会 or 科技志愿服务队), the
   * organisation behind it, and the representative who receives it (null until confirmed; the
   * exports print 待确认).
   */
  public record Flag(int order, String poolLabel, String recipient, String hostOrganization, String representative,
      String representativeTitle, String presenter) {}
}
