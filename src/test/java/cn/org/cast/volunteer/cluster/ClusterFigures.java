package cn.org.cast.volunteer.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the cluster tests measured, in the order measured: a Markdown table in target/cluster-test/figures.md. */
final class ClusterFigures {

  private final Map<String, String> figures = new LinkedHashMap<>();

  void add(String what, Object value) {
    figures.put(what, value instanceof Duration duration ? seconds(duration) : String.valueOf(value));
  }

  void write() throws IOException {
    StringBuilder table = new StringBuilder("| Measured | Figure |\n|---|---|\n");
    figures.forEach((what, value) -> table.append("| ").append(what).append(" | ").append(value).append(" |\n"));
    Path file = Path.of("target", "cluster-test", "figures.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, table, StandardCharsets.UTF_8);
    System.out.println(table);
  }

  static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
