package cn.org.cast.volunteer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a record is named outside the app's tables: its letter and number (T12, C3, D5…), which is also the business
 * key of the process about it.
 */
public record RecordCode(String prefix) {

  private static final String NUMBER = "\\d{1,12}";

  public String of(long id) {
    return prefix + id;
  }

  /** The id the text names, or null when it is not a code of this kind; case and surrounding spaces do not matter. */
  public Long idOf(String code) {
    String trimmed = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    return trimmed.matches(Pattern.quote(prefix) + NUMBER) ? Long.valueOf(trimmed.substring(prefix.length())) : null;
  }
}
