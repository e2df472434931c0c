package cn.org.cast.volunteer.security;

import java.lang.reflect.Method;

import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.el.ElProviderCompatible;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.dmn.engine.impl.spi.el.ElProvider;

/**
 * The engine's expression manager, except that a query can never evaluate an expression: queries evaluate
 * theirs without a variable scope, from {@link AbstractQuery}, and that is refused whatever command or path led
 * there. Models' expressions always run as before.
 */
final class QueryExpressionRefusal implements ExpressionManager, ElProviderCompatible {

  private static final String QUERY = AbstractQuery.class.getName();
  private static final StackWalker STACK = StackWalker.getInstance();

  private final ExpressionManager engines;

  QueryExpressionRefusal(ExpressionManager engines) {
    this.engines = engines;
  }

  @Override
  public Expression createExpression(String expression) {
    return new Guarded(engines.createExpression(expression));
  }

  @Override
  public void addFunction(String name, Method function) {
    engines.addFunction(name, function);
  }

  @Override
  public ElProvider toElProvider() {
    return ((ElProviderCompatible) engines).toElProvider();
  }

  /** A query's evaluation: no variable scope, and the query just up the stack. */
  private static void refuseForQueries(VariableScope scope) {
    if (scope == null && STACK.walk(frames -> frames.limit(6).anyMatch(frame -> frame.getClassName().equals(QUERY)))) {
      throw QueryExpressionGuard.refusal();
    }
  }

  private record Guarded(Expression expression) implements Expression {

    @Override
    public Object getValue(VariableScope variableScope) {
      refuseForQueries(variableScope);
      return expression.getValue(variableScope);
    }

    @Override
    public Object getValue(VariableScope variableScope, BaseDelegateExecution contextExecution) {
      refuseForQueries(variableScope);
      return expression.getValue(variableScope, contextExecution);
    }

    @Override
    public void setValue(Object value, VariableScope variableScope) {
      expression.setValue(value, variableScope);
    }

    @Override
    public void setValue(Object value, VariableScope variableScope, BaseDelegateExecution contextExecution) {
      expression.setValue(value, variableScope, contextExecution);
    }

    @Override
    public String getExpressionText() {
      return expression.getExpressionText();
    }

    @Override
    public boolean isLiteralText() {
      return expression.isLiteralText();
    }
  }
}
