package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AssignableTypeFilter;

import cn.org.cast.volunteer.ceremony.FlagException;
import cn.org.cast.volunteer.ceremony.FlagOrder;
import cn.org.cast.volunteer.ceremony.SymposiumProcess;
import cn.org.cast.volunteer.demand.SubmitterKind;
import cn.org.cast.volunteer.demand.TechField;
import cn.org.cast.volunteer.demand.TriageDecision;
import cn.org.cast.volunteer.honour.ModelDecision;
import cn.org.cast.volunteer.honour.ModelKind;
import cn.org.cast.volunteer.notice.RecipientScope;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.plan.OverdueDecision;
import cn.org.cast.volunteer.plan.PlanSubmissionValidator;
import cn.org.cast.volunteer.plan.Platform;
import cn.org.cast.volunteer.plan.SubmissionAction;
import cn.org.cast.volunteer.plan.TeamLevel;
import cn.org.cast.volunteer.platform.PairingDecision;
import cn.org.cast.volunteer.platform.PairingParty;
import cn.org.cast.volunteer.project.EvaluationGrade;
import cn.org.cast.volunteer.project.ProjectDecision;
import cn.org.cast.volunteer.review.ReviewOutcome;
import cn.org.cast.volunteer.selection.Pool;
import cn.org.cast.volunteer.selection.Rubric;
import cn.org.cast.volunteer.team.ServiceField;
import cn.org.cast.volunteer.team.TeamDecision;
import cn.org.cast.volunteer.venue.EndpointKind;
import cn.org.cast.volunteer.venue.FallbackMode;
import cn.org.cast.volunteer.venue.LinkupProcess;
import cn.org.cast.volunteer.venue.LiveSignal;
import cn.org.cast.volunteer.venue.PictureQuality;

/**
 * What can still drift between the forms and the server, over every form in forms/: each option list is the one
 * the server's code compares against (an enumeration, the registry, the rubric), and every Java rule of a form
 * reads only variables that form has. The forms' own rules need no copy here: the server reads them from the form.
 */
class FormsMatchServerRulesTest {

  /** Every option list of every form, by field key: what the server accepts, with the labels it prints. */
  private static final Map<String, Options> OPTIONS = new HashMap<>();

  static {
    Options platforms = Options.of(Platform.values(), Platform::label);
    Options regions = Options.values(OrganizationRegistry.provincialRegions());
    Options decisions = Options.values(Arrays.stream(ReviewOutcome.values()).map(Enum::name).toList());
    OPTIONS.put("dockingPlatform", platforms);
    OPTIONS.put(LinkupProcess.VENUE_KIND, platforms);
    OPTIONS.put("teamLevel", Options.of(TeamLevel.values(), TeamLevel::label));
    OPTIONS.put("submissionAction", Options.values(names(SubmissionAction.values())));
    OPTIONS.put("videoLink", Options.values(List.of("yes", "no")));
    OPTIONS.put("reviewDecision", decisions);
    OPTIONS.put("recipientScope", Options.values(names(RecipientScope.values())));
    OPTIONS.put("overdueDecision", Options.values(names(OverdueDecision.values())));
    OPTIONS.put("changePool", Options.values(names(Pool.values())));
    OPTIONS.put("changeAction", Options.values(List.of("IN", "OUT")));
    OPTIONS.put(SymposiumProcess.ATTENDING, Options.of(SymposiumProcess.YES, "出席", SymposiumProcess.NO, "不出席"));
    OPTIONS.put(SymposiumProcess.FLAG_ORDER, Options.of(FlagOrder.values(), FlagOrder::label));
    OPTIONS.put(SymposiumProcess.EXCEPTION_KIND, Options.of(FlagException.values(), FlagException::label));
    OPTIONS.put(LinkupProcess.ENDPOINT_KIND, Options.of(EndpointKind.values(), EndpointKind::label));
    OPTIONS.put(LinkupProcess.SLOT_ACCEPTED,
        Options.of(LinkupProcess.YES, "可以按时参加", LinkupProcess.NO, "需要调整"));
    OPTIONS.put(LinkupProcess.PICTURE_QUALITY, Options.of(PictureQuality.values(), PictureQuality::label));
    OPTIONS.put(LinkupProcess.FAILED_DECISION, Options.of(LinkupProcess.DECISION_RETRY, "再安排一次联调",
        LinkupProcess.DECISION_RECORDED, "不参加直播连线，改为播放录播视频"));
    OPTIONS.put(LinkupProcess.GO_DECISION,
        Options.of(LinkupProcess.GO, "确认直播连线", LinkupProcess.NO_GO, "取消直播，改为录播"));
    OPTIONS.put(LinkupProcess.LIVE_SIGNAL, Options.of(LiveSignal.values(), LiveSignal::label));
    OPTIONS.put(LinkupProcess.FALLBACK_MODE, Options.of(FallbackMode.values(), FallbackMode::label));
    OPTIONS.put("submitterKind", Options.of(SubmitterKind.values(), SubmitterKind::label));
    OPTIONS.put("techField", Options.of(TechField.values(), TechField::label));
    OPTIONS.put("serviceKind", Options.of(ServiceField.values(), ServiceField::label));
    OPTIONS.put("serviceField", Options.of(ServiceField.values(), ServiceField::label));
    OPTIONS.put("triageDecision", Options.of(TriageDecision.values(), TriageDecision::label));
    OPTIONS.put("region", regions);
    OPTIONS.put("nomineeRegion", regions);
    OPTIONS.put("modelKind", Options.of(ModelKind.values(), ModelKind::label));
    OPTIONS.put("modelDecision", Options.of(ModelDecision.values(), ModelDecision::label));
    OPTIONS.put("pairingParty", Options.of(PairingParty.values(), PairingParty::label));
    OPTIONS.put("pairingDecision", Options.of(PairingDecision.values(), PairingDecision::label));
    OPTIONS.put("teamDecision", Options.of(TeamDecision.values(), TeamDecision::label));
    OPTIONS.put("projectDecision", Options.values(names(ProjectDecision.values())));
    OPTIONS.put("evaluationGrade", Options.of(EvaluationGrade.values(), EvaluationGrade::label));
    // The project's report interval in days, read as a number by the project's schedule.
    OPTIONS.put("reportEveryDays", Options.values(List.of("14", "30", "91")));
    List<Organization> registry = OrganizationRegistry.readDataFile();
    Options organisations = new Options(registry.stream().map(Organization::code).toList(),
        registry.stream().map(org -> org.name() + "（" + org.code() + "）").toList());
    OPTIONS.put("recipientCodes", organisations);
    OPTIONS.put("conflictOrgCodes", organisations);
  }

  @Test
  void everyOptionListOfEveryFormIsTheOneTheServerComparesWith() {
    for (Path file : FormFiles.all()) {
      FormSchema form = FormFiles.read(file);
      for (String key : form.fieldKeys()) {
        List<String> values = form.options(key);
        if (values.isEmpty()) {
          continue;
        }
        Options expected = OPTIONS.get(key);
        assertThat(expected).as("%s/%s has options the server does not know; add them here", file, key).isNotNull();
        assertThat(values).as("%s/%s", file, key).containsExactlyElementsOf(expected.values());
        if (expected.labels() != null) {
          assertThat(form.optionLabels(key)).as("%s/%s labels", file, key).containsExactlyElementsOf(expected.labels());
        }
      }
    }
  }

  @Test
  void formIdsAreUniqueAndEveryValidatorHasItsForm() throws Exception {
    Map<String, Path> ids = new HashMap<>();
    for (Path file : FormFiles.all()) {
      assertThat(ids.put(FormFiles.read(file).formId(), file)).as("form id of %s is unique", file).isNull();
    }
    for (FormValidator validator : validators()) {
      assertThat(ids).as(validator.getClass().getSimpleName()).containsKey(validator.formId());
    }
  }

  /**
   * A Java rule reads the variables its form submits, never a name the form does not have: each rule is run
   * with nothing, and with each of the form's options chosen in turn, and every variable it reads is recorded.
   */
  @Test
  void everyVariableAJavaRuleReadsIsInItsForm() throws Exception {
    Map<String, FormSchema> forms = new HashMap<>();
    FormFiles.all().stream().map(FormFiles::read).forEach(form -> forms.put(form.formId(), form));
    for (FormValidator validator : validators()) {
      FormSchema form = forms.get(validator.formId());
      Set<String> read = new TreeSet<>();
      for (Map<String, Object> submission : submissions(form, read)) {
        validator.validate(FormValues.over(submission));
      }
      assertThat(form.fieldKeys()).as(validator.getClass().getSimpleName() + " reads " + read).containsAll(read);
      assertThat(read).as(validator.getClass().getSimpleName()).isNotEmpty();
    }
  }

  @Test
  void theScoreFormAsksForEveryCriterionOfTheRubric() throws Exception {
    List<String> criteria = Rubric.read(new ClassPathResource("selection/rubric.csv").getInputStream()).criteria()
        .stream().map(criterion -> "score_" + criterion.code()).toList();
    assertThat(FormFiles.schema("plan-score").contract().submittableVariables())
        .as("regenerate the score fields of forms/plan-score.form from selection/rubric.csv")
        .containsExactlyInAnyOrderElementsOf(Stream.concat(criteria.stream(), Stream.of("scoreComment")).toList());
  }

  @Test
  void flagExceptionsOfferTheRecipientsTheServerLists() {
    assertThat(FormFiles.schema("ceremony-outcome").optionsKey(SymposiumProcess.EXCEPTION_RECIPIENT))
        .isEqualTo(SymposiumProcess.FLAG_OPTIONS);
  }

  /** Empty, then each option of each field chosen in turn, dynamic lists with one entry; reads go to read. */
  private static List<Map<String, Object>> submissions(FormSchema form, Set<String> read) {
    List<Map<String, Object>> submissions = new ArrayList<>();
    submissions.add(new Reading(read));
    for (String key : form.fieldKeys()) {
      for (String option : form.options(key)) {
        Map<String, Object> chosen = new Reading(read);
        chosen.put(key, option);
        form.listKeys().forEach(list -> chosen.put(list, List.of(new Reading(read))));
        submissions.add(chosen);
      }
    }
    return submissions;
  }

  /** A submission that notes every variable read from it. */
  private static final class Reading extends LinkedHashMap<String, Object> {
    private final Set<String> read;

    Reading(Set<String> read) {
      this.read = read;
    }

    @Override
    public Object get(Object key) {
      read.add((String) key);
      return super.get(key);
    }
  }

  /** Every FormValidator of the code base, its collaborators mocked: they are not what is tested here. */
  private static List<FormValidator> validators() throws Exception {
    ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
    scan.addIncludeFilter(new AssignableTypeFilter(FormValidator.class));
    List<FormValidator> validators = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (var candidate : scan.findCandidateComponents("cn.org.cast.volunteer")) {
      Class<?> type = Class.forName(candidate.getBeanClassName());
      Constructor<?> constructor = type.getDeclaredConstructors()[0];
      constructor.setAccessible(true);
      Object[] collaborators = Arrays.stream(constructor.getParameterTypes()).map(Mockito::mock).toArray();
      if (seen.add(type.getName())) {
        validators.add((FormValidator) constructor.newInstance(collaborators));
      }
    }
    assertThat(validators).isNotEmpty();
    return validators;
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  /** The values an option list must have, in order, and their labels where the server prints them. */
  private record Options(List<String> values, List<String> labels) {

    static <E extends Enum<E>> Options of(E[] constants, Function<E, String> label) {
      return new Options(Arrays.stream(constants).map(Enum::name).toList(), Arrays.stream(constants).map(label).toList());
    }

    static Options of(String yes, String yesLabel, String no, String noLabel) {
      return new Options(List.of(yes, no), List.of(yesLabel, noLabel));
    }

    static Options values(List<String> values) {
      return new Options(values, null);
    }
  }
}
