package cn.org.cast.volunteer.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The machine's PostgreSQL server, stopped and started the way its administrator would (Debian's pg_ctlcluster). */
final class LocalPostgres {

  private LocalPostgres() {
  }

  /** Fast shutdown: open connections are cut, as in a crash of the database host's service. */
  static void stop() throws IOException, InterruptedException {
    pgCtlCluster("stop", "-m", "fast");
  }

  static void start() throws IOException, InterruptedException {
    pgCtlCluster("start");
  }

  private static void pgCtlCluster(String... action) throws IOException, InterruptedException {
    String[] command = Stream.concat(Stream.of("pg_ctlcluster", "--skip-systemctl-redirect", version(), "main"),
        Stream.of(action)).toArray(String[]::new);
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  private static String version() throws IOException {
    try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
      return versions.map(path -> path.getFileName().toString())
          .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
          .orElseThrow(() -> new IllegalStateException("no PostgreSQL cluster under /etc/postgresql"));
    }
  }
}
