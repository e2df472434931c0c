package cn.org.cast.volunteer.hostile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random and hostile input from a seeded generator, so a failure can be replayed: the seed is
 * {@code -Dhostile.seed=…} when given, a fixed one otherwise, and every failure message names it.
 */
public final class HostileInput {

  /** Payloads people try: injections, expressions, formulas, control characters, very long text. */
  static final List<String> PAYLOADS = List.of("' OR '1'='1", "1; DROP TABLE campaign;--", "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>", "${7*7}", "#{runtimeService}", "${''.getClass().forName('java.lang.Runtime')}",
      "=cmd|' /C calc'!A0", "+SUM(1,1)", "@import", "\u0000\u0001\u0007", "\u202Eevil", "../../etc/passwd",
      "%00", "{\"$gt\":\"\"}", "null", "NaN", "-1", "99999999999999999999", "\u3000", "中".repeat(10_000),
      "😀".repeat(200), "a".repeat(70_000), "", " ");

  private final long seed;
  private final Random random;

  public HostileInput() {
    this.seed = Long.getLong("hostile.seed", 20190530L);
    this.random = new Random(seed);
  }

  public long seed() {
    return seed;
  }

  public String string() {
    return switch (random.nextInt(4)) {
      case 0 -> PAYLOADS.get(random.nextInt(PAYLOADS.size()));
      case 1 -> chars(0x20, 0x7e, random.nextInt(60));
      case 2 -> chars(0x4e00, 0x9fa5, random.nextInt(600));
      default -> chars(0, 0xffff, random.nextInt(40));
    };
  }

  /** Any value a JSON body could carry for a field. */
  public Object value() {
    return switch (random.nextInt(7)) {
      case 0 -> random.nextInt();
      case 1 -> random.nextDouble() * (random.nextBoolean() ? 1e12 : -1e-6);
      case 2 -> random.nextBoolean();
      case 3 -> list();
      case 4 -> Map.of(string(), string());
      case 5 -> null;
      default -> string();
    };
  }

  /** A submission: some of the given field names (and others), each with any value. */
  public Map<String, Object> submission(List<String> fields) {
    Map<String, Object> values = new HashMap<>();
    int size = random.nextInt(12);
    for (int i = 0; i < size; i++) {
      String key = !fields.isEmpty() && random.nextInt(4) > 0 ? fields.get(random.nextInt(fields.size())) : string();
      values.put(key, value());
    }
    return values;
  }

  public <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private List<Object> list() {
    List<Object> list = new ArrayList<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      list.add(random.nextBoolean() ? string() : Map.of(string(), string()));
    }
    return list;
  }

  private String chars(int from, int to, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) (from + random.nextInt(to - from + 1)));
    }
    return text.toString();
  }
}
