package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.security.CurrentUser;

/**
 * 拟定遴选名单 (delegate) and the listeners of 遴选委员会审定, thin beans over {@link SelectionService}.
 * Each bean is named after its element; the second names are those of models deployed before this version,
 * whose instances still run.
 */
@Configuration
class SelectionDelegates {

  /** 拟定遴选名单: the proposal of each pool; its size in one Chinese line for Cockpit. */
  @Bean({"proposeSelection", "proposeSelectionDelegate"})
  JavaDelegate proposeSelection(SelectionService selection) {
    return (DelegateExecution execution) -> {
      Map<Pool, Proposal> proposals = selection.propose((String) execution.getVariable(CampaignProcess.CAMPAIGN_ID));
      execution.setVariable(QUOTA_SUMMARY, summary(proposals));
    };
  }

  /** 遴选委员会审定, on creation: the proposal of each pool as a ranked table on the task. */
  @Bean({"decideSelectionCreated", "committeeDecisionOpened"})
  TaskListener decideSelectionCreated(SelectionService selection, Organizations organizations) {
    return (DelegateTask task) -> {
      String campaignId = (String) task.getVariable(CampaignProcess.CAMPAIGN_ID);
      Map<String, String> names = organizations.namesByCode();
      for (Pool pool : Pool.values()) {
        List<Map<String, Object>> rows = selection.entries(campaignId, pool).stream()
            .map(entry -> Map.<String, Object>of("rank", entry.rank(), "id", entry.candidateId(), "name", entry.name(),
                "host", names.getOrDefault(entry.hostCode(), entry.hostCode()), "region", entry.region(),
                "score", entry.score(), "status", SelectionStatus.valueOf(entry.status()).label(),
                "reason", entry.reason()))
            .toList();
        task.setVariableLocal(PROPOSAL_PREFIX + pool.name(), rows);
      }
    };
  }

  /** 遴选委员会审定, on completion: the server's checks, then every change on record with its reason. */
  @Bean({"decideSelectionCompleted", "committeeDecisionCompleted"})
  TaskListener decideSelectionCompleted(SelectionService selection, FormRules rules,
      CommitteeDecisionValidator validator, CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(DECIDE_FORM, task.getVariables());
      List<FieldViolation> violations = validator.check(task.getProcessInstanceId(), values);
      if (!violations.isEmpty()) {
        throw new SubmissionRejectedException(violations);
      }
      selection.apply(values.text(CampaignProcess.CAMPAIGN_ID), CommitteeDecisionValidator.changes(values),
          currentUser.id());
    };
  }

  private static String summary(Map<Pool, Proposal> proposals) {
    return proposals.values().stream().map(p -> p.pool().label() + "：拟入选" + p.selected().size() + "/" + p.quota()
        + "，候补" + p.waitlist().size()).collect(Collectors.joining("；"));
  }
}
