package io.github.apigwlint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form layers: each may use the ones before it in {@link #LAYERS}, never one
 * after it, and no packages depend on each other in a ring. A new package must take its place here.
 */
class LayersTest {

  private static final String ROOT = "io.github.apigwlint";

  /** From the bottom up; {@code ..} takes the subpackages in. */
  private static final List<String> LAYERS = List.of(
      "source..", "policy", "model", "access..", "analysis", "rule", "config", "model.build", "suppress", "baseline",
      "engine", "report", "session");

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  @Test
  void everyPackageUsesOnlyTheLayersBelowIt() {
    for (int i = 0; i < LAYERS.size(); i++) {
      String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(LayersTest::packageOf).toArray(String[]::new);
      if (above.length > 0) {
        noClasses().that().resideInAPackage(packageOf(LAYERS.get(i)))
            .should().dependOnClassesThat().resideInAnyPackage(above)
            .because(LAYERS.get(i) + " lies below " + String.join(", ", LAYERS.subList(i + 1, LAYERS.size())))
            .check(CORE);
      }
    }
  }

  @Test
  void noPackagesDependOnEachOtherInARing() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void everyPackageHasItsPlaceAndSaysWhatItHolds() {
    for (JavaPackage javaPackage : CORE.getPackage(ROOT).getSubpackagesInTree()) {
      if (javaPackage.getClasses().isEmpty()) {
        continue;
      }
      String name = javaPackage.getName().substring(ROOT.length() + 1);
      assertThat(LAYERS.stream().anyMatch(layer -> layer.equals(name)
              || layer.endsWith("..") && (name + ".").startsWith(layer.substring(0, layer.length() - 1))))
          .as("package %s has a layer", name).isTrue();
      assertThat(Path.of("src/main/java", javaPackage.getName().replace('.', '/'), "package-info.java"))
          .as("package %s says what it holds", name).exists();
    }
  }

  private static String packageOf(String layer) {
    return ROOT + "." + layer;
  }
}
