package cn.org.cast.volunteer.team;

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
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.security.RecordGuard;

/** The decision rules without the engine: the level above decides, and never the applicant on record. */
class TeamServiceTest {

  private final TeamRepository teams = mock(TeamRepository.class);
  private final TeamService service = new TeamService(teams, mock(Organizations.class),
      new RecordGuard(mock(IdentityService.class)));

  @BeforeEach
  void applicationsWaitingForTheLevelAbove() {
    for (long id = 7; id <= 9; id++) {
      when(teams.find(id)).thenReturn(Optional.of(new Team(id, "青年服务队", TeamRank.TEAM, 2L, "N006", "中国化学会",
          TeamStatus.APPLYING, ServiceField.TALENT_TRAINING, "张三", null, null)));
      when(teams.applicant(id)).thenReturn(Optional.of("chemsoc"));
    }
  }

  @Test
  void nobodyApprovesTheirOwnApplicationEvenWhereAuthorizationsWouldLetThem() {
    assertThatThrownBy(() -> service.decide(7, "T7", TeamDecision.APPROVE, "chemsoc", null))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("不能审批本人提交的申请");
    verify(teams, never()).decide(anyLong(), any(), any(), any());
  }

  @Test
  void aDecisionInAnotherTeamsProcessIsRefused() {
    assertThatThrownBy(() -> service.decide(7, "T8", TeamDecision.APPROVE, "colleague", null))
        .isInstanceOf(RecordGuard.Refused.class).hasMessageContaining("不属于当前办理的流程");
    verify(teams, never()).decide(anyLong(), any(), any(), any());
  }

  @Test
  void eachDecisionBecomesTheTeamsStatus() {
    service.decide(7, "T7", TeamDecision.APPROVE, "colleague", null);
    service.decide(8, "T8", TeamDecision.RETURN, "colleague", "请补充队员");
    service.decide(9, "T9", TeamDecision.REJECT, "organizer", "名称重复");

    verify(teams).decide(7, TeamStatus.ACTIVE, "colleague", null);
    verify(teams).decide(8, TeamStatus.RETURNED, "colleague", "请补充队员");
    verify(teams).decide(9, TeamStatus.REJECTED, "organizer", "名称重复");
  }
}
