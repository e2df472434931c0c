package cn.org.cast.volunteer.bench;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts every SQL statement the application sends, from any thread (request, job executor, the test's
 * own): the app's data source wrapped by datasource-proxy. A batch counts as the statements it holds.
 * It also keeps the largest transaction, in statements between a connection's commits: no giant transactions.
 */
@TestConfiguration
public class SqlStatementCounter implements QueryExecutionListener, MethodExecutionListener {

  private final AtomicLong statements = new AtomicLong();
  private final Map<String, AtomicLong> uncommitted = new ConcurrentHashMap<>();
  private final AtomicLong largestTransaction = new AtomicLong();
  private final Map<String, LongAdder> byStatement = new ConcurrentHashMap<>();
  private volatile boolean measuring;

  public long statements() {
    return statements.get();
  }

  /** The most statements one transaction committed while measured held, since the last call. */
  long takeLargestTransaction() {
    return largestTransaction.getAndSet(0);
  }

  /** Statements are told apart only while a workload is measured, not during its setup. */
  void measuring(boolean on) {
    measuring = on;
  }

  /** How often each statement ran while measured since the last call, most frequent first: where a workload's SQL goes. */
  public List<Map.Entry<String, Long>> takeBreakdown() {
    List<Map.Entry<String, Long>> counts = byStatement.entrySet().stream()
        .map(entry -> Map.entry(entry.getKey(), entry.getValue().sum()))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
    byStatement.clear();
    return counts;
  }

  @Override
  public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    // counted after, once the driver has run them
  }

  @Override
  public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    int count = execution.isBatch() ? Math.max(1, execution.getBatchSize()) : queries.size();
    statements.addAndGet(count);
    uncommitted.computeIfAbsent(execution.getConnectionId(), id -> new AtomicLong()).addAndGet(count);
    if (!measuring) {
      return;
    }
    // Parameters differ, the statement's text does not: the first 120 characters name it.
    String sql = queries.get(0).getQuery().replaceAll("\\s+", " ").trim();
    byStatement.computeIfAbsent(sql.substring(0, Math.min(120, sql.length())), key -> new LongAdder()).add(count);
  }

  @Override
  public void beforeMethod(MethodExecutionContext method) {
    // only what a method did matters
  }

  /** A commit closes a transaction; a rollback or close forgets one (and statements run in auto-commit). */
  @Override
  public void afterMethod(MethodExecutionContext method) {
    String name = method.getMethod().getName();
    if (!(method.getTarget() instanceof Connection) || !Set.of("commit", "rollback", "close").contains(name)) {
      return;
    }
    AtomicLong transaction = uncommitted.remove(method.getConnectionInfo().getConnectionId());
    if (transaction != null && name.equals("commit") && measuring) {
      largestTransaction.accumulateAndGet(transaction.get(), Math::max);
    }
  }

  @Bean
  static BeanPostProcessor countingDataSource(SqlStatementCounter counter) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
            ? ProxyDataSourceBuilder.create(beanName, dataSource).listener(counter).methodListener(counter).build()
            : bean;
      }
    };
  }
}
