package cn.org.cast.volunteer.honour;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.project.ProjectService;
import cn.org.cast.volunteer.security.RecordGuard;
import cn.org.cast.volunteer.team.TeamService;

/** The review rules without the engine: CAST's organisers decide, never the nominator on record. */
class ModelServiceTest {

  private final ModelRepository models = mock(ModelRepository.class);
  private final ModelService service = new ModelService(models, mock(TeamService.class), mock(Organizations.class),
      mock(CampaignService.class), mock(ProjectService.class), new RecordGuard(mock(IdentityService.class)));

  @BeforeEach
  void nominationsWaitingForReview() {
    for (long id = 7; id <= 9; id++) {
      when(models.find(id)).thenReturn(Optional.of(new Nomination(id, ModelKind.ADVANCED_TEAM, 3, "青年服务队", "N006",
          "中国化学会", null, null, null, null, "事迹", "案例", "案例正文", NominationStatus.NOMINATED, "chemsoc", null,
          null, null, null, null, null)));
    }
  }

  @Test
  void nobodyReviewsTheirOwnNominationEvenWhereAuthorizationsWouldLetThem() {
    assertThatThrownBy(() -> service.decide(7, "M7", ModelDecision.APPROVE, "chemsoc", null, null))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("不能评审本人提交的推荐");
    verify(models, never()).decide(anyLong(), any(), any(), any(), any());
  }

  @Test
  void aDecisionInAnotherNominationsProcessIsRefused() {
    assertThatThrownBy(() -> service.decide(7, "M9", ModelDecision.APPROVE, "organizer", null, null))
        .isInstanceOf(RecordGuard.Refused.class).hasMessageContaining("不属于当前办理的流程");
    verify(models, never()).decide(anyLong(), any(), any(), any(), any());
  }

  @Test
  void eachDecisionBecomesTheNominationsStatusAndOnlyAPublishedOneBearsACitation() {
    service.decide(7, "M7", ModelDecision.APPROVE, "organizer", null, "科技志愿服务先进队伍");
    service.decide(8, "M8", ModelDecision.RETURN, "organizer", "请补充数据", "不该留下");
    service.decide(9, "M9", ModelDecision.REJECT, "organizer", "依据不足", null);

    verify(models).decide(7, NominationStatus.PUBLISHED, "organizer", null, "科技志愿服务先进队伍");
    verify(models).decide(8, NominationStatus.RETURNED, "organizer", "请补充数据", null);
    verify(models).decide(9, NominationStatus.REJECTED, "organizer", "依据不足", null);
  }
}
