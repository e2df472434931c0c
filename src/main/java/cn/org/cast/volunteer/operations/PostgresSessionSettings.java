package cn.org.cast.volunteer.operations;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL's JIT compiler off for the application's connections, whatever profile or URL they come from.
 * The planner overestimates the job executor's acquisition query on a large job table (its exclusive-job subquery)
 * and compiled it on every look for work: about half a second each time with a campaign's timers in the table,
 * against a millisecond without (docs/performance.md, W3). The queries here are short; JIT is for long analytics.
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

  static final String OPTIONS = "-c jit=off";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      pool.addDataSourceProperty("options", OPTIONS);
    }
    return bean;
  }
}
