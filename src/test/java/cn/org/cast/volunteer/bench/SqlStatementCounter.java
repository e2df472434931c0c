package cn.org.cast.volunteer.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts every SQL statement the application sends, from any thread (request, job executor, the test's
 * own): the app's data source wrapped by datasource-proxy. A batch counts as the statements it holds.
 */
@TestConfiguration
public class SqlStatementCounter implements QueryExecutionListener {

  private final AtomicLong statements = new AtomicLong();

  public long statements() {
    return statements.get();
  }

  @Override
  public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    // counted after, once the driver has run them
  }

  @Override
  public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    statements.addAndGet(execution.isBatch() ? Math.max(1, execution.getBatchSize()) : queries.size());
  }

  @Bean
  static BeanPostProcessor countingDataSource(SqlStatementCounter counter) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
            ? ProxyDataSourceBuilder.create(beanName, dataSource).listener(counter).build()
            : bean;
      }
    };
  }
}
