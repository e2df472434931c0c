package cn.org.cast.volunteer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.org.cast.volunteer.security.AccessDeclaration;

/**
 * The rules a class must keep whatever module it is in. Which module may use which is {@link ModuleDependenciesTest}.
 */
@AnalyzeClasses(packages = "cn.org.cast.volunteer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule modulesFormNoCycle = slices().matching("cn.org.cast.volunteer.(*)..").should()
      .beFreeOfCycles();

  @ArchTest
  static final ArchRule sharedModulesUseNoStage = noClasses().that()
      .resideInAnyPackage(ModuleDependenciesTest.SHARED.stream().map(name -> "cn.org.cast.volunteer." + name)
          .toArray(String[]::new))
      .should().dependOnClassesThat().resideOutsideOfPackages(sharedAndLibraries());

  /** A module's repositories are its own: others ask its service. */
  @ArchTest
  static final ArchRule repositoriesStayInTheirModule = classes().that().haveSimpleNameEndingWith("Repository")
      .should().notBePublic();

  /** The engine reaches delegates, listeners and access declarations by bean; no other module calls them. */
  @ArchTest
  static final ArchRule engineCallbacksStayInTheirModule = classes()
      .that().implement(JavaDelegate.class).or().implement(TaskListener.class).or().implement(ExecutionListener.class)
      .or().implement(AccessDeclaration.class)
      .should().notBePublic();

  private static String[] sharedAndLibraries() {
    return java.util.stream.Stream.concat(
        ModuleDependenciesTest.SHARED.stream().map(name -> "cn.org.cast.volunteer." + name + ".."),
        java.util.stream.Stream.of("java..", "javax..", "jakarta..", "org..", "com..", "io..", "net..",
            "cn.org.cast.volunteer"))
        .toArray(String[]::new);
  }
}
