package cn.org.cast.volunteer.venue;

/**
 * The rule a connection test passes by: video and audio work, the latency is within the limit and the picture
 * is not poor. What 记录联调结果 may submit is its form's to say (forms/rehearsal-result.form).
 */
final class RehearsalPass {

  /** The latency limit unless the campaign sets another. */
  public static final int DEFAULT_MAX_LATENCY_MS = 800;

  private RehearsalPass() {}

  /** Whether a connection test passes; an unknown picture quality does not. */
  public static boolean passes(boolean videoOk, boolean audioOk, int latencyMs, PictureQuality quality,
      int maxLatencyMs) {
    return videoOk && audioOk && latencyMs <= maxLatencyMs && quality != null && quality != PictureQuality.POOR;
  }
}
