package io.github.apigwlint.maven;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command and the Maven goal are thin: they map their parameters to a lint session and its
 * outcome to an exit code or a build result. Of the core they use the session, the report formats
 * and the rule metadata, nothing of how a run works. {@code apigw-lint simulate}, which evaluates
 * one request against given policies and reads no workspace, is the one command outside a session.
 */
class FrontEndLayerTest {

  private static final JavaClasses FRONT_ENDS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.apigwlint.cli", "io.github.apigwlint.maven");

  @Test
  void frontEndsUseTheCoreOnlyThroughTheSession() {
    noClasses()
        .that().resideInAnyPackage("io.github.apigwlint.cli", "io.github.apigwlint.maven")
        .and().doNotHaveSimpleName("SimulateCommand")
        .should().dependOnClassesThat(
            resideInAPackage("io.github.apigwlint..")
                .and(not(resideInAnyPackage(
                    "io.github.apigwlint.cli", "io.github.apigwlint.maven", "io.github.apigwlint.session",
                    "io.github.apigwlint.report", "io.github.apigwlint.rule")))
                .and(not(simpleName("RuleRegistry").or(simpleName("Progress")))))
        .because("a front end maps options to a LintSession and its outcome to an exit code, nothing more")
        .check(FRONT_ENDS);
  }
}
