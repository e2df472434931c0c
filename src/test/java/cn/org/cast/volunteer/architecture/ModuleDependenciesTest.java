package cn.org.cast.volunteer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The modules and the modules each may use, stated once here and drawn from here in docs/architecture.md. Read
 * from the sources rather than the bytecode, because javac inlines constants: a stage's element ids and variable
 * names are how modules most often reach each other, and the bytecode would not show it.
 */
class ModuleDependenciesTest {

  static final Path SOURCES = Path.of("src", "main", "java", "cn", "org", "cast", "volunteer");
  static final Path ARCHITECTURE_DOC = Path.of("docs", "architecture.md");
  static final String START = "<!-- modules:start -->";
  static final String END = "<!-- modules:end -->";
  static final Pattern REFERENCE = Pattern.compile("cn\\.org\\.cast\\.volunteer\\.([a-z]+)\\.");

  /** What every stage may use; they use no stage. */
  static final Set<String> SHARED = Set.of("organization", "reminder", "notification", "form", "export", "security",
      "operations");

  static final Map<String, Module> MODULES = modules(
      new Module("organization", "登记在册的报送单位 · the registry of organisations"),
      new Module("reminder", "工作日历与期限 · working-day calendar and deadlines"),
      new Module("notification", "发件箱与邮件模板 · the outbox and mail templates"),
      new Module("form", "表单的服务端校验 · the server side of Camunda Forms", "organization"),
      new Module("export", "Excel 表格的写法 · the typed-column spreadsheet writer"),
      new Module("operations", "集群与引擎的运行设置 · what running at scale needs from the engine"),
      new Module("security", "登录、权限与引擎接口 · login, authorizations, the engine REST gate", "form",
          "organization"),
      new Module("plan", "报送单位的筹备工作方案 · one organisation's plan", "form", "notification", "organization",
          "reminder", "security"),
      new Module("review", "方案审核 · the reviewers' decision", "form", "notification", "plan", "reminder",
          "security"),
      new Module("notice", "活动、通知与方案征集 · the campaign, its notice and the collection", "form",
          "notification", "organization", "plan", "reminder", "security"),
      new Module("document", "方案附件 · a plan's documents", "form", "organization", "plan", "security",
          "selection"),
      new Module("selection", "评分与遴选 · scoring and selection", "form", "notice", "notification",
          "organization", "plan", "reminder", "security"),
      new Module("publication", "公布遴选结果 · the published selection", "document", "notice", "notification",
          "organization", "security", "selection"),
      new Module("venue", "分会场联调与直播 · one sub-venue's linkup and the symposium's timetable", "form", "notice",
          "reminder", "security"),
      new Module("ceremony", "座谈会与授旗仪式 · the symposium and its flag ceremony", "document", "form",
          "notice", "notification", "organization", "plan", "security", "selection", "team", "venue"),
      new Module("team", "志愿服务队伍 · the corps and its teams", "form", "organization", "security"),
      new Module("platform", "基层服务阵地 · grassroots platforms and pairings", "export", "form",
          "organization", "security", "team"),
      new Module("demand", "创新需求库 · the innovation demand library", "export", "form", "organization",
          "security", "team"),
      new Module("project", "志愿服务项目 · service projects", "demand", "form", "notification", "organization",
          "reminder", "security", "team"),
      new Module("honour", "先进典型 · model teams and people", "form", "notice", "organization", "project",
          "security", "team"),
      new Module("dashboard", "组织者看板与导出 · the organisers' dashboard and exports", "export", "notice",
          "notification", "organization", "plan", "reminder", "security", "selection", "venue"),
      new Module("audit", "审计日志 · who did what and when", "notice", "security"),
      new Module("demo", "演示数据 · the demo profile's campaign", "ceremony", "document", "form", "honour",
          "notice", "plan", "project", "selection", "team", "venue"));

  record Module(String name, String purpose, Set<String> uses) {
    Module(String name, String purpose, String... uses) {
      this(name, purpose, Set.of(uses));
    }
  }

  @Test
  void everyPackageIsADeclaredModule() throws IOException {
    try (Stream<Path> packages = Files.list(SOURCES)) {
      assertThat(packages.filter(Files::isDirectory).map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(MODULES.keySet());
    }
  }

  @Test
  void eachModuleUsesExactlyTheModulesItDeclares() {
    Map<String, Set<String>> undeclared = new TreeMap<>();
    Map<String, Set<String>> unused = new TreeMap<>();
    MODULES.values().forEach(module -> {
      Set<String> used = used(module.name());
      Set<String> extra = new TreeSet<>(used);
      extra.removeAll(module.uses());
      Set<String> stale = new TreeSet<>(module.uses());
      stale.removeAll(used);
      if (!extra.isEmpty()) {
        undeclared.put(module.name(), extra);
      }
      if (!stale.isEmpty()) {
        unused.put(module.name(), stale);
      }
    });

    assertThat(undeclared).as("modules used but not declared (a new dependency: declare it, or go through a "
        + "module that may be used)").isEmpty();
    assertThat(unused).as("modules declared but no longer used (take them out of the declaration)").isEmpty();
  }

  @Test
  void sharedModulesUseNoStage() {
    MODULES.values().stream().filter(module -> SHARED.contains(module.name()))
        .forEach(module -> assertThat(module.uses()).as(module.name()).isSubsetOf(SHARED));
  }

  @Test
  void theModulesFormNoCycle() {
    List<String> order = new ArrayList<>();
    Map<String, Set<String>> remaining = new LinkedHashMap<>();
    MODULES.values().forEach(module -> remaining.put(module.name(), new TreeSet<>(module.uses())));
    while (!remaining.isEmpty()) {
      List<String> free = remaining.entrySet().stream().filter(entry -> order.containsAll(entry.getValue()))
          .map(Map.Entry::getKey).toList();
      assertThat(free).as("modules left in a cycle: %s", remaining.keySet()).isNotEmpty();
      order.addAll(free);
      free.forEach(remaining::remove);
    }
  }

  @Test
  void theDocumentDrawsTheseModules() throws IOException {
    String rendered = rendered();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "modules.md"), rendered);
    String document = Files.readString(ARCHITECTURE_DOC);
    String documented = document.substring(document.indexOf(START) + START.length(), document.indexOf(END)).strip();

    assertThat(documented).isEqualTo(rendered.strip());
  }

  /** The table of modules, then the stages' graph (the shared modules, which every stage may use, left out). */
  static String rendered() {
    StringBuilder text = new StringBuilder("| 模块 · module | 内容 · holds | 可使用 · may use |\n| --- | --- | --- |\n");
    MODULES.values().forEach(module -> text.append("| `").append(module.name()).append("` | ")
        .append(module.purpose()).append(" | ")
        .append(module.uses().isEmpty() ? "—" : new TreeSet<>(module.uses()).stream().map(name -> "`" + name + "`")
            .collect(Collectors.joining(" ")))
        .append(" |\n"));
    text.append("\n```mermaid\nflowchart LR\n");
    MODULES.values().stream().filter(module -> !SHARED.contains(module.name()))
        .forEach(module -> new TreeSet<>(module.uses()).stream().filter(used -> !SHARED.contains(used))
            .forEach(used -> text.append("  ").append(module.name()).append(" --> ").append(used).append('\n')));
    return text.append("```\n").toString();
  }

  private static Set<String> used(String module) {
    try (Stream<Path> files = Files.list(SOURCES.resolve(module))) {
      return files.filter(file -> file.toString().endsWith(".java")).flatMap(ModuleDependenciesTest::references)
          .filter(used -> !used.equals(module)).collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> references(Path file) {
    try {
      Matcher matcher = REFERENCE.matcher(Files.readString(file));
      List<String> modules = new ArrayList<>();
      while (matcher.find()) {
        modules.add(matcher.group(1));
      }
      return modules.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Module> modules(Module... modules) {
    Map<String, Module> byName = new LinkedHashMap<>();
    Stream.of(modules).forEach(module -> byName.put(module.name(), module));
    return byName;
  }
}
