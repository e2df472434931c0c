package cn.org.cast.volunteer.form;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Node;

/**
 * The Spring beans a model's expressions name: every delegate expression ({@code ${issueNoticeDelegate}}, on a task
 * or a listener) and the target of every method call in any expression ({@code ${deadlines.followUp(planDueAt)}}),
 * read from the XML so that no attribute or expression kind is missed.
 */
record ModelExpressions(Set<String> beanNames) {

  private static final Pattern DELEGATE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
  private static final Pattern METHOD_CALL_TARGET = Pattern.compile("(?<![\\w.])([a-zA-Z_]\\w*)\\s*\\.\\s*\\w+\\s*\\(");
  /** Variables the engine itself puts into every expression's scope; the rest must be beans. */
  private static final Set<String> ENGINE_VARIABLES = Set.of("execution", "task", "authenticatedUserId");

  static ModelExpressions of(BpmnModelInstance model) {
    Set<String> beans = new TreeSet<>();
    collect(model.getDocument().getDomSource().getNode(), beans);
    return new ModelExpressions(beans);
  }

  private static void collect(Node node, Set<String> beans) {
    if (node.getNodeType() == Node.ELEMENT_NODE) {
      var attributes = node.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node attribute = attributes.item(i);
        if ("delegateExpression".equals(attribute.getLocalName())) {
          Matcher delegate = DELEGATE.matcher(attribute.getNodeValue());
          if (delegate.matches()) {
            beans.add(delegate.group(1));
          }
        }
        methodCallTargets(attribute.getNodeValue(), beans);
      }
    } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      methodCallTargets(node.getNodeValue(), beans);
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      collect(child, beans);
    }
  }

  private static void methodCallTargets(String text, Set<String> beans) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher call = METHOD_CALL_TARGET.matcher(expression.group());
      while (call.find()) {
        if (!ENGINE_VARIABLES.contains(call.group(1))) {
          beans.add(call.group(1));
        }
      }
    }
  }
}
