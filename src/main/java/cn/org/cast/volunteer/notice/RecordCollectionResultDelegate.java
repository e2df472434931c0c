package cn.org.cast.volunteer.notice;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.plan.PlanStatus;

/** 登记征集结果: plans per status, also as variables so that Cockpit shows them on the campaign. */
@Component
public class RecordCollectionResultDelegate implements JavaDelegate {

  private final CollectionService collectionService;

  public RecordCollectionResultDelegate(CollectionService collectionService) {
    this.collectionService = collectionService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var counts = collectionService.endCollection((String) execution.getVariable(CampaignProcess.CAMPAIGN_ID));
    for (PlanStatus status : PlanStatus.values()) {
      execution.setVariable(CampaignProcess.COLLECTED_PREFIX + status.name(), counts.getOrDefault(status, 0));
    }
    execution.setVariable(CampaignProcess.COLLECTION_SUMMARY, counts.entrySet().stream()
        .map(count -> count.getKey().label() + " " + count.getValue()).collect(Collectors.joining("，")));
  }
}
