package cn.org.cast.volunteer.bench;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Where a benchmark with the application's whole history keeps its database. */
final class BenchDatabase {

  private BenchDatabase() {
  }

  /**
   * On H2 (the postgres profile names its own database as a system property), a database on disk: in memory,
   * thousands of instances with their history would fill the 512 MB heap the application is measured in.
   */
  static void h2OnDisk(DynamicPropertyRegistry properties) {
    if (System.getProperty("spring.datasource.url") == null) {
      properties.add("spring.datasource.url",
          () -> "jdbc:h2:file:./target/bench/h2-" + System.currentTimeMillis() + ";DB_CLOSE_DELAY=-1");
    }
  }
}
