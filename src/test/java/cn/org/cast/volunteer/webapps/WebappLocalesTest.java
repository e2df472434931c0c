package cn.org.cast.volunteer.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Chinese locale of each Camunda webapp against the English one the webapp ships: every key
 * the webapp may look up is there, every placeholder, tag and link survives, and what a user reads
 * is Chinese. A Camunda upgrade that adds keys fails here until they are translated.
 */
class WebappLocalesTest {

  private static final String LOCALES = "/META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern KEPT_AS_IS =
      Pattern.compile("\\{\\{[^}]*}}|</?(?:a|b|br|code|div|em|i|li|p|pre|small|span|strong|u|ul)\\b[^>]*>|&[a-z]+;"
          + "|https?://[^\\s\"<)]+|%[sd]");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
  /** What a Chinese user also reads in Latin letters: names, technical terms, value types, date patterns. */
  private static final Pattern UNTRANSLATED_ALLOWED = Pattern.compile("^[\\s\\p{Punct}]*(?:(?:BPMN|DMN|CMMN|FEEL|JSON|XML"
      + "|REST|API|URL|CSV|UUID|HTML|Java|JavaScript|Groovy|JUEL|ID|DRD|SQL|UTC|Camunda|Optimize|Boolean|Date|Double|Integer"
      + "|Long|Short|String|null|undefined|[a-z]+(?:[A-Z][a-z]+)+|[YMDHhms]+(?:[-:T][YMDHhms]+)*|\\{\\{[^}]*}}|[0-9.]+)"
      + "[\\s\\p{Punct}]*)+$");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theChineseLocaleHasEveryKeyOfTheShippedEnglishOne(String app) throws IOException {
    Map<String, String> english = flattened(read(app, "en"));
    Map<String, String> chinese = flattened(read(app, "zh"));

    assertThat(chinese.keySet()).as(app).isEqualTo(english.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void placeholdersTagsAndLinksSurviveTranslation(String app) throws IOException {
    Map<String, String> english = flattened(read(app, "en"));
    Map<String, String> chinese = flattened(read(app, "zh"));
    List<String> broken = new ArrayList<>();
    english.forEach((key, text) -> {
      if (chinese.containsKey(key) && !keptAsIs(text).equals(keptAsIs(chinese.get(key)))) {
        broken.add(key + ": " + keptAsIs(text) + " → " + keptAsIs(chinese.get(key)));
      }
    });

    assertThat(broken).as(app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelAUserReadsIsInChinese(String app) throws IOException {
    List<String> english = new ArrayList<>();
    flattened(read(app, "zh").path("labels")).forEach((key, text) -> {
      if (ENGLISH_WORD.matcher(text).find() && !CHINESE.matcher(text).find() && !UNTRANSLATED_ALLOWED.matcher(text).matches()) {
        english.add(key + " = " + text);
      }
    });

    assertThat(english).as(app).isEmpty();
  }

  private JsonNode read(String app, String language) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(LOCALES.formatted(app, language))) {
      assertThat(in).as(LOCALES.formatted(app, language)).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  /** Nested keys joined with dots; list entries by index. */
  private static Map<String, String> flattened(JsonNode node) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", node, flat);
    return flat;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
          field.getValue(), flat));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), flat);
      }
    } else {
      flat.put(path, node.asText());
    }
  }

  private static List<String> keptAsIs(String text) {
    List<String> kept = new ArrayList<>();
    Matcher matcher = KEPT_AS_IS.matcher(text);
    while (matcher.find()) {
      kept.add(matcher.group());
    }
    kept.sort(null);
    return kept;
  }
}
