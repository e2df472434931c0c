package cn.org.cast.volunteer.team;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.organization.OrganizationRepository;

/** The decision rules without the engine: the level above decides, and never the applicant. */
class TeamServiceTest {

  private final TeamRepository teams = mock(TeamRepository.class);
  private final TeamService service = new TeamService(teams, mock(OrganizationRepository.class));

  @Test
  void nobodyApprovesTheirOwnApplicationEvenWhereAuthorizationsWouldLetThem() {
    assertThatThrownBy(() -> service.decide(7, TeamDecision.APPROVE, "chemsoc", "chemsoc", null))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("不能审批本人提交的申请");
    verify(teams, never()).decide(anyLong(), any(), any(), any());
  }

  @Test
  void eachDecisionBecomesTheTeamsStatus() {
    service.decide(7, TeamDecision.APPROVE, "colleague", "chemsoc", null);
    service.decide(8, TeamDecision.RETURN, "colleague", "chemsoc", "请补充队员");
    service.decide(9, TeamDecision.REJECT, "organizer", "chemsoc", "名称重复");

    verify(teams).decide(7, TeamStatus.ACTIVE, "colleague", null);
    verify(teams).decide(8, TeamStatus.RETURNED, "colleague", "请补充队员");
    verify(teams).decide(9, TeamStatus.REJECTED, "organizer", "名称重复");
  }
}
