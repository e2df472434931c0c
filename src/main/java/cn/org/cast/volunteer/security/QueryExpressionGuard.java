package cn.org.cast.volunteer.security;

import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;
import org.springframework.stereotype.Component;

/**
 * No query the engine runs may carry an expression, whoever asks and by whatever path: a task query and each
 * of its or-queries (Camunda's own ad-hoc check skips the or-queries), a filter being saved, a stored filter
 * being run and the query that extends it. Checked on the command before it runs, so the refusal is the same
 * for the REST API, the webapps and Java callers; {@link QueryExpressionRefusal} is the second wall, at the
 * evaluation itself.
 */
@Component
class QueryExpressionGuard extends AbstractProcessEnginePlugin {

  static final String MESSAGE = "查询条件中不允许使用表达式（如 ${…}、#{…} 或 …Expression 参数）。";
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PreCommandInterceptors.add(configuration, new Interceptor());
    configuration.setExpressionManager(new QueryExpressionRefusal(configuration.getExpressionManager()));
  }

  /** Whether the query, or any query joined to it with {@code or()}, carries an expression. */
  static boolean carriesExpression(Query<?, ?> query) {
    if (query instanceof TaskQueryImpl task) {
      return task.getQueries().stream().anyMatch(part -> hasAny(part.getExpressions()));
    }
    return query instanceof AbstractQuery<?, ?> any && hasAny(any.getExpressions());
  }

  private static boolean hasAny(Map<String, String> expressions) {
    return expressions != null && !expressions.isEmpty();
  }

  static BadUserRequestException refusal() {
    return new BadUserRequestException(MESSAGE);
  }

  private static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (refused(command)) {
        throw refusal();
      }
      return next.execute(command);
    }

    private boolean refused(Command<?> command) {
      if (command instanceof Query<?, ?> query) {
        return carriesExpression(query);
      }
      if (command instanceof SaveFilterCmd save) {
        return carriesExpression(savedFilter(save).getQuery());
      }
      if (command instanceof AbstractExecuteFilterCmd run) {
        return carriesExpression(extendingQuery(run)) || storedQueryCarriesExpression(run);
      }
      return false;
    }

    /** The stored query as the engine will run it, read in a command of its own before this one runs. */
    private boolean storedQueryCarriesExpression(AbstractExecuteFilterCmd run) {
      String filterId = filterId(run);
      return filterId != null && next.execute(context -> {
        // Read as the engine will run it; whether the user may read it at all, the command itself checks.
        context.disableAuthorizationCheck();
        Filter filter = context.getFilterManager().findFilterById(filterId);
        return filter != null && EntityTypes.TASK.equals(filter.getResourceType())
            && carriesExpression(filter.getQuery());
      });
    }
  }

  private static Filter savedFilter(SaveFilterCmd save) {
    return PreCommandInterceptors.argument(save, "filter");
  }

  private static Query<?, ?> extendingQuery(AbstractExecuteFilterCmd run) {
    return PreCommandInterceptors.argument(run, "extendingQuery");
  }

  private static String filterId(AbstractExecuteFilterCmd run) {
    return PreCommandInterceptors.argument(run, "filterId");
  }
}
