package cn.org.cast.volunteer.venue;

import java.time.OffsetDateTime;

/** A selected sub-venue as registered, with where its linkup stands. */
public record SubVenue(String campaignId, String code, String candidateId, String name, String hostCode, String region,
    String venueKind, String address, String hostUnit, String organizingUnit, String contactName, String contactMobile,
    String endpointKind, String endpoint, OffsetDateTime rehearsalSlot, ProgrammeMode programmeMode, VenueState state,
    FallbackMode fallbackMode, OffsetDateTime stateSince, String recordedVideo, Boolean held, String mediaLink) {

  /** Registration details from the venue's own form. */
  public record Registration(String address, String venueKind, String hostUnit, String organizingUnit,
      String contactName, String contactMobile, String endpointKind, String endpoint) {}

  /** One connection test as the AV engineer recorded it. */
  public record Rehearsal(int attempt, boolean videoOk, boolean audioOk, int latencyMs, PictureQuality quality,
      boolean passed, String notes, OffsetDateTime recordedAt) {}
}
