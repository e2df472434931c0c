package cn.org.cast.volunteer.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * form-js says "Field must match pattern ^1[3-9]\d{9}$." about a bad mobile number; Tasklist's
 * form-errors script says it in Chinese words instead, from a table of our forms' patterns. A form
 * with a new pattern fails here until the table says what the pattern wants.
 */
class FormPatternMessagesTest {

  private static final Path FORMS = Path.of("forms");
  private static final Path SCRIPT =
      Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/cast/form-errors.js");
  private static final Pattern TABLE = Pattern.compile("const PATTERNS = \\{(.*?)\\n};", Pattern.DOTALL);
  private static final Pattern ENTRY = Pattern.compile("^\\s*'((?:[^'\\\\]|\\\\.)*)': '([^']*)',?$", Pattern.MULTILINE);
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyPatternOfOurFormsIsSaidInChineseWords() throws IOException {
    Set<String> described = new TreeSet<>();
    Matcher table = TABLE.matcher(Files.readString(SCRIPT, StandardCharsets.UTF_8));
    assertThat(table.find()).isTrue();
    Matcher entry = ENTRY.matcher(table.group(1));
    while (entry.find()) {
      assertThat(entry.group(2)).containsPattern("\\p{IsHan}");
      described.add(entry.group(1).replace("\\\\", "\\"));
    }

    assertThat(described).containsAll(patternsOfOurForms()).isNotEmpty();
  }

  private Set<String> patternsOfOurForms() throws IOException {
    Set<String> patterns = new TreeSet<>();
    try (Stream<Path> forms = Files.list(FORMS)) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        json.readTree(form.toFile()).findValues("validate").stream().map(rules -> rules.path("pattern"))
            .filter(JsonNode::isTextual).forEach(pattern -> patterns.add(pattern.asText()));
      }
    }
    return patterns;
  }
}
