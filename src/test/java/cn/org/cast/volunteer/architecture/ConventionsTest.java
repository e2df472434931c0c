package cn.org.cast.volunteer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The conventions of docs/architecture.md, read from the main sources: each thing is done one way. */
class ConventionsTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final String ENGINE_CLOCK = "cn/org/cast/volunteer/EngineClock.java";

  /** A {@code now(…)} whose argument is not the injected clock reads the system's time, not the engine's. */
  static final Pattern NOW_WITHOUT_CLOCK = Pattern.compile("\\.now\\((?!clock\\))");
  static final Pattern SYSTEM_TIME = Pattern.compile("new Date\\(\\)|System\\.currentTimeMillis\\(|Clock\\.system");
  static final Pattern ENGINE_CLOCK_UTIL = Pattern.compile("\\bClockUtil\\b");

  static final Pattern ENGINE_CALLBACK_CLASS =
      Pattern.compile("implements .*\\b(JavaDelegate|TaskListener|ExecutionListener)\\b");
  static final Pattern ENGINE_CALLBACK_BEAN = Pattern.compile("^  (JavaDelegate|TaskListener|ExecutionListener) \\w+\\(");
  /** The bean is named after the element it serves, not after what it is. */
  static final Pattern NAMED_AFTER_ITS_KIND =
      Pattern.compile("^  (JavaDelegate|TaskListener|ExecutionListener) \\w+(Delegate|Listener)\\(");
  /** Anything but {@code rules.enforce(FORM, …)}: a validator called directly. */
  static final Pattern VALIDATOR_CALLED_DIRECTLY = Pattern.compile("(?<!rules)\\.enforce\\(");
  static final Pattern MAIL_BUILT = Pattern.compile("\\bMailTemplates\\b|new Notification\\(");

  @Test
  void nowIsReadFromTheInjectedClock() {
    assertThat(lines(NOW_WITHOUT_CLOCK, file -> true)).isEmpty();
    assertThat(lines(SYSTEM_TIME, file -> true)).isEmpty();
  }

  @Test
  void onlyTheEngineClockTouchesTheEngine_sClock() {
    assertThat(lines(ENGINE_CLOCK_UTIL, file -> !file.endsWith(ENGINE_CLOCK))).isEmpty();
  }

  @Test
  void theTimeRulesRecogniseEachWayOfReadingTheSystem_sTime() {
    assertThat(Stream.of("OffsetDateTime.now()", "LocalDate.now(VolunteerApplication.BEIJING)", "Instant.now()",
        "Year.now(ZoneId.of(\"Asia/Shanghai\"))")).allMatch(line -> NOW_WITHOUT_CLOCK.matcher(line).find());
    assertThat(NOW_WITHOUT_CLOCK.matcher("OffsetDateTime.now(clock)").find()).isFalse();
    assertThat(Stream.of("new Date()", "System.currentTimeMillis()", "Clock.systemUTC()"))
        .allMatch(line -> SYSTEM_TIME.matcher(line).find());
    assertThat(SYSTEM_TIME.matcher("new Date(deadline.getTime() + 1000)").find()).isFalse();
  }

  @Test
  void delegatesAndListenersAreLambdaBeansOfTheirStage_sDelegates() {
    assertThat(lines(ENGINE_CALLBACK_CLASS, file -> true)).isEmpty();
    assertThat(lines(ENGINE_CALLBACK_BEAN, file -> !named(file, "Delegates.java"))).isEmpty();
    assertThat(lines(NAMED_AFTER_ITS_KIND, file -> true)).isEmpty();
    assertThat(lines(Pattern.compile("^public class \\w+Delegates\\b"), file -> true)).as("package-private").isEmpty();
  }

  @Test
  void delegatesCheckTheirFormsThroughFormRules() {
    assertThat(lines(VALIDATOR_CALLED_DIRECTLY, file -> named(file, "Delegates.java"))).isEmpty();
  }

  @Test
  void mailsAreBuiltInTheStage_sMailsClass() {
    assertThat(lines(MAIL_BUILT, file -> !named(file, "Mails.java") && !file.getParent().endsWith("notification")))
        .isEmpty();
  }

  @Test
  void theRulesRecogniseWhatTheyForbid() {
    assertThat(ENGINE_CALLBACK_CLASS.matcher("public class OpenPlanDelegate implements JavaDelegate {").find()).isTrue();
    assertThat(ENGINE_CALLBACK_BEAN.matcher("  TaskListener submitPlanCompleted(FormRules rules) {").find()).isTrue();
    assertThat(NAMED_AFTER_ITS_KIND.matcher("  JavaDelegate openPlanDelegate(PlanService plans) {").find()).isTrue();
    assertThat(NAMED_AFTER_ITS_KIND.matcher("  JavaDelegate openPlan(PlanService plans) {").find()).isFalse();
    assertThat(VALIDATOR_CALLED_DIRECTLY.matcher("      validator.enforce(values);").find()).isTrue();
    assertThat(VALIDATOR_CALLED_DIRECTLY.matcher("      rules.enforce(CLOSE_FORM, task.getVariables());").find())
        .isFalse();
    assertThat(MAIL_BUILT.matcher("      outbox.queue(new Notification(id, campaignId, null, email,").find()).isTrue();
  }

  private static boolean named(Path file, String ending) {
    return file.getFileName().toString().endsWith(ending);
  }

  /** Every line of a main source file (in the files chosen) the pattern finds, as "file:line: text". */
  static List<String> lines(Pattern pattern, Predicate<Path> chosen) {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(file -> file.toString().endsWith(".java")).filter(chosen)
          .flatMap(file -> matching(file, pattern)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> matching(Path file, Pattern pattern) {
    try {
      List<String> lines = Files.readAllLines(file);
      return IntStream.range(0, lines.size()).filter(i -> pattern.matcher(lines.get(i)).find())
          .mapToObj(i -> MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
