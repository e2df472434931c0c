package cn.org.cast.volunteer.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.form.PatternWords;

/**
 * form-js says "Field must match pattern ^1[3-9]\d{9}$." about a bad mobile number; Tasklist's
 * form-errors script says it in Chinese words instead, from a table of our forms' patterns, and the server
 * says the same words ({@link PatternWords} reads that table). A form with a new pattern fails here until the
 * table says what the pattern wants.
 */
class FormPatternMessagesTest {

  private static final Path FORMS = Path.of("forms");
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyPatternOfOurFormsIsSaidInChineseWords() throws IOException {
    Map<String, String> described = PatternWords.all();
    assertThat(described.values()).isNotEmpty().allSatisfy(words -> assertThat(words).containsPattern("\\p{IsHan}"));

    assertThat(described).containsKeys(patternsOfOurForms().toArray(String[]::new));
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
