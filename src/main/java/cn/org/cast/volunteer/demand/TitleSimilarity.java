package cn.org.cast.volunteer.demand;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two demand titles are, 0 to 1: the Dice coefficient of their character pairs, which suits Chinese
 * titles (no word boundaries) and ignores spaces and punctuation.
 */
final class TitleSimilarity {

  private TitleSimilarity() {
  }

  static double of(String a, String b) {
    Set<String> left = pairs(a);
    Set<String> right = pairs(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(left);
    common.retainAll(right);
    return 2.0 * common.size() / (left.size() + right.size());
  }

  private static Set<String> pairs(String text) {
    int[] letters = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < letters.length; i++) {
      pairs.add(new String(letters, i, 2));
    }
    return pairs;
  }
}
