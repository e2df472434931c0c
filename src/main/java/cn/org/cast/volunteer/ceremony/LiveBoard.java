package cn.org.cast.volunteer.ceremony;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the live board shows: the running order with each venue's state, and the venues. */
record LiveBoard(String campaignId, String campaignName, LocalDate symposiumDate, OffsetDateTime now,
    Phase phase, Integer currentPosition, List<Item> items, List<Venue> venues, Map<String, Long> stateCounts) {

  public enum Phase {
    PREPARATION("筹备中"),
    LIVE("直播进行中"),
    CONCLUDED("已结束");

    private final String label;

    Phase(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @JsonProperty
  public String phaseLabel() {
    return phase.label();
  }

  public record Item(int position, String startsAt, String endsAt, int minutes, String kind, String kindLabel,
      String title, String presenter, int flagCount, String venueCode, String venueName, String venueState,
      String venueStateLabel) {}

  public record Venue(String code, String name, String region, String kind, String host, String state,
      String stateLabel, String fallbackMode, String fallbackLabel, OffsetDateTime since, String programmeMode,
      String rehearsal) {}
}
