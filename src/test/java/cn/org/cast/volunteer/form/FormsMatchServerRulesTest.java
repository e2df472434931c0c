package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.ceremony.CeremonyOutcomeValidator;
import cn.org.cast.volunteer.ceremony.FlagException;
import cn.org.cast.volunteer.ceremony.FlagOrder;
import cn.org.cast.volunteer.ceremony.RepresentativeConfirmationValidator;
import cn.org.cast.volunteer.ceremony.RunningOrderValidator;
import cn.org.cast.volunteer.ceremony.SymposiumProcess;
import cn.org.cast.volunteer.notice.RecipientScope;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.plan.OverdueDecision;
import cn.org.cast.volunteer.plan.PlanSubmissionValidator;
import cn.org.cast.volunteer.plan.Platform;
import cn.org.cast.volunteer.plan.SubmissionAction;
import cn.org.cast.volunteer.plan.TeamLevel;
import cn.org.cast.volunteer.review.ReviewOutcome;
import cn.org.cast.volunteer.selection.Rubric;
import cn.org.cast.volunteer.venue.EndpointKind;
import cn.org.cast.volunteer.venue.FailedVenueValidator;
import cn.org.cast.volunteer.venue.FallbackMode;
import cn.org.cast.volunteer.venue.GoNoGoValidator;
import cn.org.cast.volunteer.venue.LinkupProcess;
import cn.org.cast.volunteer.venue.LiveControlValidator;
import cn.org.cast.volunteer.venue.LiveSignal;
import cn.org.cast.volunteer.venue.PictureQuality;
import cn.org.cast.volunteer.venue.RecordedVideoValidator;
import cn.org.cast.volunteer.venue.RehearsalResultValidator;
import cn.org.cast.volunteer.venue.RehearsalScheduleValidator;
import cn.org.cast.volunteer.venue.RehearsalSlotValidator;
import cn.org.cast.volunteer.venue.VenueRegistrationValidator;

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
    assertThat(contract.formId()).isEqualTo("planSubmission").isEqualTo(new PlanSubmissionValidator().formId());
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

  /** The option lists of the symposium and sub-venue forms: the enums' names as values, their labels shown. */
  @Test
  void symposiumOptionListsAreTheServersEnumerationsWithTheirLabels() throws IOException {
    Map<String, Map<String, Options>> expected = new LinkedHashMap<>();
    expected.put("representative-confirmation", Map.of(
        SymposiumProcess.ATTENDING, Options.of(SymposiumProcess.YES, "出席", SymposiumProcess.NO, "不出席")));
    expected.put("running-order", Map.of(SymposiumProcess.FLAG_ORDER, Options.of(FlagOrder.values(), FlagOrder::label)));
    expected.put("ceremony-outcome", Map.of(
        SymposiumProcess.EXCEPTION_KIND, Options.of(FlagException.values(), FlagException::label)));
    expected.put("venue-registration", Map.of(
        LinkupProcess.VENUE_KIND, Options.of(Platform.values(), Platform::label),
        LinkupProcess.ENDPOINT_KIND, Options.of(EndpointKind.values(), EndpointKind::label)));
    expected.put("rehearsal-slot-confirmation", Map.of(
        LinkupProcess.SLOT_ACCEPTED, Options.of(LinkupProcess.YES, "可以按时参加", LinkupProcess.NO, "需要调整")));
    expected.put("rehearsal-result", Map.of(
        LinkupProcess.PICTURE_QUALITY, Options.of(PictureQuality.values(), PictureQuality::label)));
    expected.put("failed-venue-decision", Map.of(LinkupProcess.FAILED_DECISION, Options.of(
        LinkupProcess.DECISION_RETRY, "再安排一次联调", LinkupProcess.DECISION_RECORDED, "不参加直播连线，改为播放录播视频")));
    expected.put("go-no-go", Map.of(LinkupProcess.GO_DECISION,
        Options.of(LinkupProcess.GO, "确认直播连线", LinkupProcess.NO_GO, "取消直播，改为录播")));
    expected.put("live-control", Map.of(
        LinkupProcess.LIVE_SIGNAL, Options.of(LiveSignal.values(), LiveSignal::label),
        LinkupProcess.FALLBACK_MODE, Options.of(FallbackMode.values(), FallbackMode::label)));
    for (Map.Entry<String, Map<String, Options>> form : expected.entrySet()) {
      Set<String> seen = new HashSet<>();
      for (JsonNode field : fields(form.getKey())) {
        String key = field.path("key").asText();
        Options options = form.getValue().get(key);
        if (options != null) {
          seen.add(key);
          String where = form.getKey() + "/" + key;
          assertThat(field.path("values").findValuesAsText("value")).as(where).containsExactlyElementsOf(options.values());
          assertThat(field.path("values").findValuesAsText("label")).as(where).containsExactlyElementsOf(options.labels());
        }
      }
      assertThat(seen).as(form.getKey()).containsExactlyInAnyOrderElementsOf(form.getValue().keySet());
    }
  }

  @Test
  void flagExceptionsOfferTheRecipientsTheServerLists() throws IOException {
    JsonNode recipient = fields("ceremony-outcome").stream()
        .filter(field -> field.path("key").asText().equals(SymposiumProcess.EXCEPTION_RECIPIENT)).findFirst().orElseThrow();
    assertThat(recipient.path("valuesKey").asText()).isEqualTo(SymposiumProcess.FLAG_OPTIONS);
  }

  /**
   * Each symposium and sub-venue form has the id its validator checks, submits exactly these
   * variables, and its validator speaks only of variables the form submits.
   */
  @Test
  void symposiumFormsSubmitWhatTheirValidatorsCheck() throws IOException {
    record Expected(FormValidator validator, Set<String> variables, Map<String, List<String>> choices) {}
    Map<String, Expected> expected = new LinkedHashMap<>();
    expected.put("representative-confirmation", new Expected(new RepresentativeConfirmationValidator(), Set.of(
        SymposiumProcess.ATTENDING, SymposiumProcess.REPRESENTATIVE_NAME, SymposiumProcess.REPRESENTATIVE_TITLE,
        SymposiumProcess.REPRESENTATIVE_MOBILE, SymposiumProcess.ABSENCE_NOTE),
        Map.of(SymposiumProcess.ATTENDING, List.of(SymposiumProcess.YES, SymposiumProcess.NO))));
    expected.put("running-order", new Expected(new RunningOrderValidator(), Set.of(
        SymposiumProcess.START_TIME, SymposiumProcess.HOST, SymposiumProcess.LAUNCH_PRESENTER,
        SymposiumProcess.CORPS_PRESENTER, SymposiumProcess.CORPS_RECIPIENT, SymposiumProcess.FLAG_ORDER,
        SymposiumProcess.FLAG_BATCH_SIZE, SymposiumProcess.FLAG_PRESENTERS, SymposiumProcess.SHOWCASE_ITEMS,
        SymposiumProcess.INTERVIEWS, SymposiumProcess.LINK_MINUTES, SymposiumProcess.FINALISED), Map.of()));
    expected.put("ceremony-outcome", new Expected(new CeremonyOutcomeValidator(), Set.of(
        SymposiumProcess.VENUE_OUTCOMES, SymposiumProcess.FLAG_EXCEPTIONS, SymposiumProcess.CEREMONY_MEDIA,
        SymposiumProcess.CEREMONY_SUMMARY), Map.of()));
    expected.put("venue-registration", new Expected(new VenueRegistrationValidator(), Set.of(
        LinkupProcess.ADDRESS, LinkupProcess.VENUE_KIND, LinkupProcess.HOST_UNIT, LinkupProcess.ORGANIZING_UNIT,
        LinkupProcess.CONTACT_NAME, LinkupProcess.CONTACT_MOBILE, LinkupProcess.ENDPOINT_KIND, LinkupProcess.ENDPOINT),
        Map.of()));
    expected.put("rehearsal-schedule", new Expected(new RehearsalScheduleValidator(),
        Set.of(LinkupProcess.REHEARSAL_DATE, LinkupProcess.REHEARSAL_TIME), Map.of()));
    expected.put("rehearsal-slot-confirmation", new Expected(new RehearsalSlotValidator(),
        Set.of(LinkupProcess.SLOT_ACCEPTED, LinkupProcess.SLOT_NOTE),
        Map.of(LinkupProcess.SLOT_ACCEPTED, List.of(LinkupProcess.YES, LinkupProcess.NO))));
    expected.put("rehearsal-result", new Expected(new RehearsalResultValidator(), Set.of(
        LinkupProcess.VIDEO_OK, LinkupProcess.AUDIO_OK, LinkupProcess.LATENCY_MS, LinkupProcess.PICTURE_QUALITY,
        LinkupProcess.REHEARSAL_NOTES), Map.of()));
    expected.put("failed-venue-decision", new Expected(new FailedVenueValidator(),
        Set.of(LinkupProcess.FAILED_DECISION, LinkupProcess.DECISION_REASON), Map.of()));
    expected.put("go-no-go", new Expected(new GoNoGoValidator(),
        Set.of(LinkupProcess.GO_DECISION, LinkupProcess.DECISION_REASON),
        Map.of(LinkupProcess.GO_DECISION, List.of(LinkupProcess.GO, LinkupProcess.NO_GO))));
    expected.put("recorded-video", new Expected(new RecordedVideoValidator(),
        Set.of(LinkupProcess.RECORDED_VIDEO_LINK), Map.of()));
    expected.put("live-control", new Expected(new LiveControlValidator(),
        Set.of(LinkupProcess.LIVE_SIGNAL, LinkupProcess.FALLBACK_MODE),
        Map.of(LinkupProcess.LIVE_SIGNAL, Arrays.stream(LiveSignal.values()).map(Enum::name).toList())));
    for (Map.Entry<String, Expected> form : expected.entrySet()) {
      FormContract contract = contract(form.getKey());
      Expected rules = form.getValue();
      assertThat(contract.formId()).as(form.getKey()).isEqualTo(rules.validator().formId());
      assertThat(contract.submittableVariables()).as(form.getKey())
          .containsExactlyInAnyOrderElementsOf(rules.variables());
      assertThat(rules.validator().validate(FormValues.of(Map.of()))).as(form.getKey() + " left empty").isNotEmpty()
          .allSatisfy(violation -> assertThat(contract.submittableVariables()).contains(violation.field()));
      rules.choices().forEach((key, choices) -> choices.forEach(choice ->
          assertThat(rules.validator().validate(FormValues.of(Map.of(key, choice)))).as(form.getKey() + " " + choice)
              .allSatisfy(violation -> assertThat(contract.submittableVariables()).contains(violation.field()))));
    }
  }

  /** The values and labels an option list must have, in order. */
  private record Options(List<String> values, List<String> labels) {

    static <E extends Enum<E>> Options of(E[] constants, Function<E, String> label) {
      return new Options(Arrays.stream(constants).map(Enum::name).toList(), Arrays.stream(constants).map(label).toList());
    }

    static Options of(String yes, String yesLabel, String no, String noLabel) {
      return new Options(List.of(yes, no), List.of(yesLabel, noLabel));
    }
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
