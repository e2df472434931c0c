package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.org.cast.volunteer.AppTest;

/**
 * The engine refuses every query that carries an expression, through its Java API, so no HTTP path can reach
 * an evaluation: each payload here would create a file if it were evaluated, and none does.
 */
@AppTest
class QueryExpressionGuardTest {

  @Autowired
  TaskService taskService;
  @Autowired
  FilterService filterService;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngineConfiguration configuration;
  @Autowired
  JdbcTemplate jdbc;
  @TempDir
  Path directory;

  Path witness;
  String payload;

  @BeforeEach
  void signIn() {
    witness = directory.resolve("evaluated");
    payload = fileCreating(witness);
    identityService.setAuthentication("chemsoc", List.of("N006"));
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
    assertThat(witness).as("no expression was evaluated").doesNotExist();
  }

  /** JUEL that creates the file when evaluated: a method call on a class reached from a string. */
  static String fileCreating(Path file) {
    return "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('" + file
        + "').createNewFile()}";
  }

  @Test
  void thePayloadCreatesItsFileWhereverTheEngineEvaluatesAnExpressionOutsideAQuery() throws Exception {
    var engine = (ProcessEngineConfigurationImpl) configuration;
    Path control = directory.resolve("control");
    engine.getCommandExecutorTxRequired().execute(context -> engine.getExpressionManager()
        .createExpression(fileCreating(control)).getValue(StartProcessVariableScope.getSharedInstance()));

    assertThat(control).exists();
  }

  @Test
  void aTaskQueryAndEachOfItsOrQueriesRefuseExpressions() {
    refused(query -> query.taskAssigneeExpression(payload));
    refused(query -> query.or().taskAssigneeExpression(payload).endOr());
    refused(query -> query.or().taskCandidateUser("x").endOr().or().taskCandidateGroupInExpression(payload).endOr());
    refused(query -> query.or().dueDateExpression("#{" + payload.substring(2)).endOr());
    // Whoever asks: no user signed in is no exception.
    identityService.clearAuthentication();
    refused(query -> query.or().taskOwnerExpression(payload).endOr());
  }

  @Test
  void aFilterWithAnExpressionIsNeverSaved() {
    identityService.clearAuthentication();
    long before = filterService.createFilterQuery().count();
    for (TaskQuery query : List.of(taskService.createTaskQuery().taskAssigneeExpression(payload),
        taskService.createTaskQuery().or().taskCandidateUserExpression(payload).endOr())) {
      identityService.clearAuthentication();
      Filter filter = filterService.newTaskFilter("表达式").setQuery(query);
      assertThatThrownBy(() -> filterService.saveFilter(filter)).isInstanceOf(BadUserRequestException.class)
          .hasMessage(QueryExpressionGuard.MESSAGE);
    }
    assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
  }

  @Test
  void aStoredFilterOrTheQueryExtendingItNeverRunsAnExpression() {
    identityService.clearAuthentication();
    Filter filter = filterService.saveFilter(filterService.newTaskFilter("存量过滤器")
        .setQuery(taskService.createTaskQuery().taskAssignee("placeholder")));
    try {
      // A filter stored before this check, or written behind the engine's back.
      jdbc.update("UPDATE ACT_RU_FILTER SET QUERY_ = ? WHERE ID_ = ?",
          "{\"taskAssigneeExpression\":\"" + payload + "\"}", filter.getId());
      identityService.setAuthentication("chemsoc", List.of("N006"));
      assertThatThrownBy(() -> filterService.list(filter.getId())).hasMessage(QueryExpressionGuard.MESSAGE);
      assertThatThrownBy(() -> filterService.count(filter.getId())).hasMessage(QueryExpressionGuard.MESSAGE);

      jdbc.update("UPDATE ACT_RU_FILTER SET QUERY_ = '{}' WHERE ID_ = ?", filter.getId());
      TaskQuery extension = taskService.createTaskQuery().or().taskAssigneeExpression(payload).endOr();
      assertThatThrownBy(() -> filterService.list(filter.getId(), extension)).hasMessage(QueryExpressionGuard.MESSAGE);
      assertThatThrownBy(() -> filterService.listPage(filter.getId(), extension, 0, 10))
          .hasMessage(QueryExpressionGuard.MESSAGE);
      identityService.clearAuthentication();
      assertThatCode(() -> filterService.count(filter.getId())).as("the filter runs again once clean")
          .doesNotThrowAnyException();
    } finally {
      identityService.clearAuthentication();
      filterService.deleteFilter(filter.getId());
    }
  }

  @Test
  void aQueryRunInsideACommandCannotEvaluateItsExpressionEither() {
    var executor = ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired();
    assertThatThrownBy(() -> executor.execute(context -> {
      TaskQueryImpl query = new TaskQueryImpl();
      query.taskAssigneeExpression(payload);
      return query.evaluateExpressionsAndExecuteList(context, null);
    })).hasRootCauseMessage(QueryExpressionGuard.MESSAGE);
  }

  @Test
  void queriesWithoutExpressionsRunAsBefore() {
    assertThatCode(() -> taskService.createTaskQuery().or().taskAssignee("chemsoc").taskCandidateGroup("N006").endOr()
        .listPage(0, 10)).doesNotThrowAnyException();
  }


  private void refused(Consumer<TaskQuery> condition) {
    TaskQuery list = taskService.createTaskQuery();
    condition.accept(list);
    assertThatThrownBy(list::list).isInstanceOf(BadUserRequestException.class).hasMessage(QueryExpressionGuard.MESSAGE);
    TaskQuery count = taskService.createTaskQuery();
    condition.accept(count);
    assertThatThrownBy(count::count).isInstanceOf(BadUserRequestException.class).hasMessage(QueryExpressionGuard.MESSAGE);
  }
}
