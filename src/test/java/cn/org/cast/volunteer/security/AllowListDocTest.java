package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The allow-list in docs/security.md is the one in the code: the test renders {@link EngineApiRoutes} as the
 * table and compares it with the document's (the rendering is also written to target/allow-list.md, to copy).
 */
class AllowListDocTest {

  static final Path SECURITY_DOC = Path.of("docs", "security.md");
  static final String START = "<!-- allow-list:start -->";
  static final String END = "<!-- allow-list:end -->";
  static final Map<String, String> ROLE_NAMES = Map.of(EngineApiRoutes.EVERYONE, "所有已登录用户", Groups.ORGANIZERS,
      "组织者", Groups.COMMITTEE, "遴选委员会", Groups.REVIEWERS, "审核人", Groups.CEREMONY, "仪式筹备组",
      Groups.CEREMONY_LEAD, "仪式总负责", Groups.AV_ENGINEERS, "音视频工程师");

  @Test
  void theDocumentsTableIsTheCodesList() throws IOException {
    String rendered = rendered();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "allow-list.md"), rendered);
    String document = Files.readString(SECURITY_DOC);
    String documented = document.substring(document.indexOf(START) + START.length(), document.indexOf(END)).strip();

    assertThat(documented).isEqualTo(rendered.strip());
  }

  static String rendered() {
    Map<List<String>, List<EngineApiRoutes.Route>> byPurpose = EngineApiRoutes.all().stream().collect(
        Collectors.groupingBy(route -> List.of(route.why(), audience(route.audience())), LinkedHashMap::new,
            Collectors.toList()));
    StringBuilder table = new StringBuilder("| 角色 | 用途 | 接口（方法与路径，路径在 `/engine-rest` 或 `/camunda/api/engine/engine/{引擎}` 之下） |\n"
        + "| --- | --- | --- |\n");
    byPurpose.forEach((key, routes) -> table.append("| ").append(key.get(1)).append(" | ").append(key.get(0)).append(" | ")
        .append(routes.stream().map(route -> "`" + route.method() + " " + route.template() + "`")
            .collect(Collectors.joining("、")))
        .append(" |\n"));
    return table.toString();
  }

  private static String audience(Set<String> groups) {
    return new TreeSet<>(groups).stream().map(ROLE_NAMES::get).collect(Collectors.joining("、"));
  }
}
