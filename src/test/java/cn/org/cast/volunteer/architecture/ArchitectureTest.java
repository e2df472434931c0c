package cn.org.cast.volunteer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.org.cast.volunteer.security.AccessDeclaration;

/**
 * What a module keeps to itself, whatever module it is. Which module may use which is {@link ModuleDependenciesTest};
 * the conventions of delegates, time and mail are {@link ConventionsTest}.
 */
@AnalyzeClasses(packages = "cn.org.cast.volunteer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule modulesFormNoCycle = slices().matching("cn.org.cast.volunteer.(*)..").should()
      .beFreeOfCycles();

  /** A module's tables are its own: other modules ask its service. */
  @ArchTest
  static final ArchRule repositoriesStayInTheirModule = classes().that().haveSimpleNameEndingWith("Repository")
      .should().notBePublic();

  /** Spring and the engine reach delegates, controllers and access declarations by bean; no other module calls them. */
  @ArchTest
  static final ArchRule wiringStaysInItsModule = classes()
      .that().areAnnotatedWith(Configuration.class).or().areAnnotatedWith(RestController.class)
      .or().areAnnotatedWith(Controller.class).or().implement(AccessDeclaration.class)
      .should().notBePublic();
}
