package cn.org.cast.volunteer.architecture;

import java.util.ArrayList;
import java.util.List;

/** The string literals and text blocks of a Java source, without its comments and character literals. */
final class JavaStringLiterals {

  private JavaStringLiterals() {
  }

  static List<String> of(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        i = end(source.indexOf('\n', i), source);
      } else if (source.startsWith("/*", i)) {
        i = end(source.indexOf("*/", i + 2), source) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int close = closing(source, i + 3, "\"\"\"");
        literals.add(source.substring(i + 3, close));
        i = close + 3;
      } else if (source.charAt(i) == '"') {
        int close = closing(source, i + 1, "\"");
        literals.add(source.substring(i + 1, close));
        i = close + 1;
      } else if (source.charAt(i) == '\'') {
        i = closing(source, i + 1, "'") + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  /** Where the literal opened before {@code from} closes, skipping escaped characters. */
  private static int closing(String source, int from, String delimiter) {
    int i = from;
    while (i < source.length() && !source.startsWith(delimiter, i)) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  private static int end(int found, String source) {
    return found < 0 ? source.length() : found;
  }
}
