package io.github.apigwlint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void theDefaultsAreTheSharedCorpusTenCopiesAndThreeRuns() {
    assertThat(Options.parse()).isEqualTo(new Options(Path.of("../shared/corpus"), 10, 3,
        Path.of("examples/templates/search-private-api.yaml"), Path.of("../shared/tools/peers"), 900, Optional.empty()));
  }

  @Test
  void everyOptionIsRead() {
    Options options = Options.parse("--repeat", "1", "corpus", "--copies", "2", "--small", "a.yaml", "--peers", "p",
        "--timeout", "60", "--output", "table.md");

    assertThat(options).isEqualTo(new Options(Path.of("corpus"), 2, 1, Path.of("a.yaml"), Path.of("p"), 60,
        Optional.of(Path.of("table.md"))));
  }

  @Test
  void aBadOptionIsToldWithTheUsage() {
    assertThatThrownBy(() -> Options.parse("--copies", "0")).hasMessage("--copies takes a whole number above 0, not '0'");
    assertThatThrownBy(() -> Options.parse("--repeat")).hasMessage("--repeat needs a value; " + Options.USAGE);
    assertThatThrownBy(() -> Options.parse("--fast", "yes")).hasMessage("unknown option --fast; " + Options.USAGE);
  }

  @Test
  void theFloorTakesTheLauncherDefaultJvmOptions() {
    assertThat(LauncherOptions.parse("#!/bin/sh\nDEFAULT_JVM_OPTS='-XX:+UseSerialGC  -Xshare:auto'\nexec java\n"))
        .isEqualTo(List.of("-XX:+UseSerialGC", "-Xshare:auto"));
    assertThat(LauncherOptions.parse("#!/bin/sh\nexec java\n")).isEmpty();
    assertThat(LauncherOptions.of(Path.of("../distribution/src/bin/apigw-lint"))).isNotEmpty();
  }
}
