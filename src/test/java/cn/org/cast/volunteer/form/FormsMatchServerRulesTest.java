package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.notice.RecipientScope;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.plan.OverdueDecision;
import cn.org.cast.volunteer.plan.Platform;
import cn.org.cast.volunteer.plan.SubmissionAction;
import cn.org.cast.volunteer.plan.TeamLevel;
import cn.org.cast.volunteer.review.ReviewOutcome;
import cn.org.cast.volunteer.selection.Rubric;

/**
 * The forms' option lists are what the server accepts, and the forms submit what their validators
 * check: editing one side without the other fails here.
 */
class FormsMatchServerRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void optionListsMatchTheServersEnumerations() throws IOException {
    Map<String, Enum<?>[]> expected = Map.of(
        "dockingPlatform", Platform.values(), "venueKind", Platform.values(), "teamLevel", TeamLevel.values(),
        "submissionAction", SubmissionAction.values(), "reviewDecision", ReviewOutcome.values(),
        "recipientScope", RecipientScope.values(), "overdueDecision", OverdueDecision.values(),
        "changePool", cn.org.cast.volunteer.selection.Pool.values());
    for (String form : List.of("plan-submission", "plan-review", "campaign-start", "overdue-plan", "committee-decision")) {
      for (JsonNode field : fields(form)) {
        Enum<?>[] values = expected.get(field.path("key").asText());
        if (values != null && field.has("values")) {
          assertThat(field.path("values").findValuesAsText("value")).as(form + "/" + field.path("key").asText())
              .containsExactlyElementsOf(Arrays.stream(values).map(Enum::name).toList());
        }
      }
    }
  }

  @Test
  void optionLabelsAreThoseTheServerWritesInDocuments() throws IOException {
    for (JsonNode field : fields("plan-submission")) {
      String key = field.path("key").asText();
      if (key.equals("dockingPlatform") || key.equals("venueKind") || key.equals("teamLevel")) {
        List<String> labels = key.equals("teamLevel")
            ? Arrays.stream(TeamLevel.values()).map(TeamLevel::label).toList()
            : Arrays.stream(Platform.values()).map(Platform::label).toList();
        assertThat(field.path("values").findValuesAsText("label")).as(key).containsExactlyElementsOf(labels);
      }
    }
  }

  @Test
  void scoreFormAsksForEveryCriterionOfTheRubric() throws IOException {
    List<String> criteria = Rubric.read(new ClassPathResource("selection/rubric.csv").getInputStream()).criteria().stream()
        .map(criterion -> "score_" + criterion.code()).toList();
    assertThat(contract("plan-score").submittableVariables())
        .as("regenerate the score fields of forms/plan-score.form from selection/rubric.csv")
        .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(criteria.stream(),
            java.util.stream.Stream.of("scoreComment")).toList());
    assertThat(contract("score-discussion").submittableVariables()).containsExactlyInAnyOrder("agreedScore", "agreedReason");
    assertThat(contract("committee-decision").submittableVariables())
        .containsExactlyInAnyOrder("selectionChanges", "quotaReason", "approveSelection");
  }

  @ParameterizedTest
  @CsvSource({"campaign-start, recipientCodes", "conflict-declaration, conflictOrgCodes"})
  void organisationPickersOfferExactlyTheRegistryOrganisations(String form, String key) throws IOException {
    JsonNode recipients = fields(form).stream()
        .filter(field -> field.path("key").asText().equals(key)).findFirst().orElseThrow();
    List<Organization> registry = OrganizationRegistry.readDataFile();
    assertThat(recipients.path("values").findValuesAsText("value"))
        .as("regenerate the " + key + " options of forms/" + form + ".form from the registry")
        .containsExactlyElementsOf(registry.stream().map(Organization::code).toList());
    assertThat(recipients.path("values").findValuesAsText("label"))
        .containsExactlyElementsOf(registry.stream().map(org -> org.name() + "（" + org.code() + "）").toList());
  }

  @Test
  void submissionFormSubmitsAttachmentOneAndNothingTheOrganisationMayNotChange() throws IOException {
    FormContract contract = contract("plan-submission");
    assertThat(contract.formId()).isEqualTo("planSubmission");
    assertThat(contract.submittableVariables()).containsExactlyInAnyOrder("submissionAction", "withdrawReason",
        "activityName", "organizingUnit", "dockingPlatform", "dockingPlatformName", "videoLink", "contactName",
        "contactOfficePhone", "contactMobile", "contactFax", "contactEmail", "planText", "volunteerTeams",
        "subVenues", "nominatedSocieties");
  }

  @Test
  void reviewFormSubmitsOnlyTheDecision() throws IOException {
    assertThat(contract("plan-review").submittableVariables())
        .containsExactlyInAnyOrder("reviewDecision", "reviewComment");
    assertThat(contract("close-collection").submittableVariables())
        .containsExactlyInAnyOrder("closeConfirmed", "closeReason");
    assertThat(contract("remind-unsubmitted").submittableVariables())
        .containsExactlyInAnyOrder("sendReminder", "reminderNote");
    assertThat(contract("overdue-plan").submittableVariables())
        .containsExactlyInAnyOrder("overdueDecision", "newDeadline", "overdueReason");
  }

  private static FormContract contract(String form) throws IOException {
    return FormContract.read(Files.newInputStream(Path.of("forms", form + ".form")));
  }

  private static List<JsonNode> fields(String form) throws IOException {
    List<JsonNode> fields = new ArrayList<>();
    collect(JSON.readTree(Path.of("forms", form + ".form").toFile()).path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, List<JsonNode> fields) {
    for (JsonNode component : components) {
      fields.add(component);
      collect(component.path("components"), fields);
    }
  }
}
