package cn.org.cast.volunteer.venue;

import java.util.Set;

/**
 * The signals that move a venue through its live phase, from Tasklist's live control form or the console: each is
 * accepted only in the states it leads out of.
 */
public enum LiveSignal {
  CONNECTED("已连线", VenueState.CONNECTED, Set.of(VenueState.WAITING)),
  ON_AIR("上线直播", VenueState.ON_AIR, Set.of(VenueState.CONNECTED, VenueState.FALLBACK)),
  DROPPED("信号中断，转备播", VenueState.FALLBACK,
      Set.of(VenueState.WAITING, VenueState.CONNECTED, VenueState.ON_AIR)),
  DONE("连线结束", VenueState.DONE, Set.of(VenueState.ON_AIR, VenueState.FALLBACK));

  private final String label;
  private final VenueState target;
  private final Set<VenueState> from;

  LiveSignal(String label, VenueState target, Set<VenueState> from) {
    this.label = label;
    this.target = target;
    this.from = from;
  }

  public String label() {
    return label;
  }

  public VenueState target() {
    return target;
  }

  public boolean acceptedIn(VenueState state) {
    return from.contains(state);
  }
}
