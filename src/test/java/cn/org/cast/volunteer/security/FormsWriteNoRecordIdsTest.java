package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.ceremony.SymposiumProcess;
import cn.org.cast.volunteer.demand.DemandProcess;
import cn.org.cast.volunteer.form.FormContract;
import cn.org.cast.volunteer.honour.ModelProcess;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.platform.PairingProcess;
import cn.org.cast.volunteer.project.ProjectProcess;
import cn.org.cast.volunteer.selection.SelectionProcess;
import cn.org.cast.volunteer.team.TeamProcess;

/**
 * The variables that name a record or its owner are written only by the app's own code: a form submission may
 * carry only the variables its form declares, and no form lets its user submit one of these (the campaign's start
 * form names the campaign it creates). With the engine REST API closed to every other write, no user sets them.
 */
class FormsWriteNoRecordIdsTest {

  static final Set<String> RECORD_VARIABLES = Set.of(PlanProcess.PLAN_ID, PlanProcess.ORG_CODE,
      PlanProcess.HOST_ORGANIZATION, CampaignProcess.CAMPAIGN_ID, CampaignProcess.MANUAL_REMINDER_ID, TeamProcess.TEAM_ID,
      TeamProcess.APPLICANT, PairingProcess.PAIRING_ID, ModelProcess.NOMINATION_ID, ProjectProcess.PROJECT_ID,
      DemandProcess.DEMAND_ID, SymposiumProcess.FLAG_RECIPIENT,
      SelectionProcess.SCORING_ASSIGNMENT, SelectionProcess.DISPUTED_PLAN);

  @Test
  void noFormLetsItsUserSubmitARecordOrOwnerVariable() throws IOException {
    Set<String> written = new HashSet<>();
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
    }
    for (Path form : forms) {
      FormContract contract = FormContract.read(Files.newInputStream(form));
      Set<String> submitted = new HashSet<>(contract.submittableVariables());
      if (form.getFileName().toString().equals("campaign-start.form")) {
        submitted.remove(CampaignProcess.CAMPAIGN_ID);
      }
      submitted.retainAll(RECORD_VARIABLES);
      submitted.forEach(variable -> written.add(form.getFileName() + ": " + variable));
    }
    assertThat(forms).hasSizeGreaterThan(30);
    assertThat(written).as("record or owner variables a user could submit").isEmpty();
  }
}
