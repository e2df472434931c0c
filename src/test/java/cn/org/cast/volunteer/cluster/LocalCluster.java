package cn.org.cast.volunteer.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * The cluster of {@code cluster/run-local.sh} (two app nodes on the local PostgreSQL behind nginx) on a
 * database and ports of its own, started, killed with SIGKILL and restarted by the tests.
 */
final class LocalCluster {

  static final String DATABASE = "cast_cluster_test";
  static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
  private static final Map<String, Integer> NODE_PORTS = Map.of("A", 18081, "B", 18082);
  private static final int BALANCER_PORT = 18080;

  private final Path runDirectory = Path.of("target", "cluster-test").toAbsolutePath();
  private final int smtpPort;
  private final List<String> nodeOptions;

  LocalCluster(int smtpPort, List<String> nodeOptions) {
    this.smtpPort = smtpPort;
    this.nodeOptions = nodeOptions;
  }

  /** Stops whatever an earlier run left, and starts from an empty database. */
  void reset() throws IOException, InterruptedException, SQLException {
    if (Files.exists(runDirectory)) {
      script("stop");
      FileSystemUtils.deleteRecursively(runDirectory);
    }
    try (Connection postgres = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
         Statement statement = postgres.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }
  }

  /** Starts the nodes named (A, B) that are not running, one after the other, and nginx; returns when they are ready. */
  void start(String... nodes) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("start"));
    command.addAll(List.of(nodes));
    script(command.toArray(String[]::new));
  }

  void stop() throws IOException, InterruptedException {
    script("stop");
  }

  /** kill -9: the JVM gets no chance to finish anything, release a lock or close a connection. */
  void kill(String node) throws IOException, InterruptedException {
    ProcessHandle process = process(node);
    process.destroyForcibly();
    process.onExit().join();
    Files.delete(pidFile(node));
  }

  /** SIGSTOP: the node holds what it holds, so the tests can look at its locks before they decide to kill it. */
  void freeze(String node) throws IOException, InterruptedException {
    signal(node, "STOP");
  }

  void thaw(String node) throws IOException, InterruptedException {
    signal(node, "CONT");
  }

  private void signal(String node, String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process(node).pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + signal + " failed for node " + node);
    }
  }

  private ProcessHandle process(String node) throws IOException {
    long pid = Long.parseLong(Files.readString(pidFile(node)).trim());
    return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("node " + node + " is not running"));
  }

  private Path pidFile(String node) {
    return runDirectory.resolve("node-" + node + ".pid");
  }

  String url(String node) {
    return "http://localhost:" + NODE_PORTS.get(node);
  }

  String adminPassword() throws IOException {
    return Files.readString(runDirectory.resolve("admin-password")).trim();
  }

  private void script(String... arguments) throws IOException, InterruptedException {
    Files.createDirectories(runDirectory);
    List<String> command = new ArrayList<>(List.of("cluster/run-local.sh"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(runDirectory.resolve("run-local.log").toFile()));
    Map<String, String> env = builder.environment();
    env.put("CAST_CLUSTER_DIR", runDirectory.toString());
    env.put("CAST_CLUSTER_DB", DATABASE);
    env.put("PORT_A", NODE_PORTS.get("A").toString());
    env.put("PORT_B", NODE_PORTS.get("B").toString());
    env.put("PORT_LB", Integer.toString(BALANCER_PORT));
    env.put("CAST_SMTP_HOST", "127.0.0.1");
    env.put("CAST_SMTP_PORT", Integer.toString(smtpPort));
    env.put("CAST_NODE_OPTS", String.join(" ", nodeOptions));
    Process process = builder.start();
    if (!process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("cluster/run-local.sh " + String.join(" ", arguments) + " failed; see "
          + runDirectory.resolve("run-local.log"));
    }
  }
}
