package cn.org.cast.volunteer.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our forms' patterns said in Chinese words: a regular expression means nothing to a user. The words are
 * those Tasklist shows (the table in its form-errors script), so the browser and the server say the same.
 */
public final class PatternWords {

  static final String SCRIPT = "META-INF/resources/webjars/camunda/app/tasklist/cast/form-errors.js";
  private static final Pattern TABLE = Pattern.compile("const PATTERNS = \\{(.*?)\\n};", Pattern.DOTALL);
  private static final Pattern ENTRY = Pattern.compile("^\\s*'((?:[^'\\\\]|\\\\.)*)': '([^']*)',?$", Pattern.MULTILINE);
  private static final String UNKNOWN = "请按说明填写。";
  private static final Map<String, String> WORDS = read();

  private PatternWords() {}

  /** What a value matching the pattern looks like, e.g. "请输入 11 位手机号码，例如 13812345678" (no full stop). */
  public static String of(String pattern) {
    String words = WORDS.getOrDefault(pattern, UNKNOWN);
    return words.endsWith("。") ? words.substring(0, words.length() - 1) : words;
  }

  /** Every pattern the table describes, with its words. */
  public static Map<String, String> all() {
    return WORDS;
  }

  private static Map<String, String> read() {
    try (InputStream script = PatternWords.class.getClassLoader().getResourceAsStream(SCRIPT)) {
      if (script == null) {
        throw new IllegalStateException("missing " + SCRIPT);
      }
      Matcher table = TABLE.matcher(new String(script.readAllBytes(), StandardCharsets.UTF_8));
      if (!table.find()) {
        throw new IllegalStateException("no PATTERNS table in " + SCRIPT);
      }
      Map<String, String> words = new LinkedHashMap<>();
      Matcher entry = ENTRY.matcher(table.group(1));
      while (entry.find()) {
        words.put(entry.group(1).replace("\\\\", "\\"), entry.group(2));
      }
      return Map.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
