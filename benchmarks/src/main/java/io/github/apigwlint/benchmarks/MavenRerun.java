package io.github.apigwlint.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The Maven figure: the plugin's {@code check} goal over the corpus in a throwaway project, run on a
 * clean project and again on unchanged inputs, through the repository's wrapper, offline. The
 * plugin's own time is a run's time less that of Maven alone (the same command with {@code
 * apigw-lint.skip}). Only the plugin already in the local repository is used: this never installs.
 */
final class MavenRerun {

  private static final String GROUP = "io.github.apigwlint";
  private static final String PLUGIN = "apigw-lint-maven-plugin";
  private static final String POM = """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>benchmark</groupId>
        <artifactId>maven-rerun</artifactId>
        <version>1</version>
        <packaging>pom</packaging>
      </project>
      """;

  private final Path project;
  private final ProcessMeasurement measurement;
  private final int repeat;

  MavenRerun(Path project, ProcessMeasurement measurement, int repeat) {
    this.project = project;
    this.measurement = measurement;
    this.repeat = repeat;
  }

  /** The rows of the first run and the re-run, and the goal they meet or not; a note when the plugin is not installed. */
  void measure(Path corpus, List<Row> rows, List<Goal> goals, List<String> notes) {
    String version = version();
    Path plugin = Path.of(System.getProperty("user.home"), ".m2", "repository", GROUP.replace('.', '/'), PLUGIN, version,
        PLUGIN + "-" + version + ".jar");
    if (!Files.isRegularFile(plugin)) {
      notes.add("Maven re-run: n/a (install the plugin first)");
      return;
    }
    CorpusCopies.write(project.resolve("pom.xml"), POM);
    Command check = maven(version, corpus, false);
    Command alone = maven(version, corpus, true);
    List<Measurement> first = new ArrayList<>();
    List<Measurement> again = new ArrayList<>();
    List<Measurement> maven = new ArrayList<>();
    System.err.println("measuring: the Maven plugin's check goal, first run and re-run");
    try {
      for (int i = 0; i < repeat; i++) {
        CorpusCopies.delete(project.resolve("target"));
        first.add(measurement.once(check));
        again.add(measurement.once(check));
        maven.add(measurement.once(alone));
      }
    } catch (IllegalStateException failed) {
      notes.add("Maven re-run: did not run: " + failed.getMessage());
      return;
    }
    Measurement firstRun = Measurement.median(first);
    Measurement reRun = Measurement.median(again);
    Measurement mavenAlone = Measurement.median(maven);
    rows.add(new Row("Maven `check` goal on the corpus, clean project", firstRun, Optional.empty()));
    rows.add(new Row("Maven `check` goal again, inputs unchanged", reRun, Optional.empty()));
    rows.add(new Row("Maven alone (`-Dapigw-lint.skip`)", mavenAlone, Optional.empty()));
    double pluginFirst = firstRun.wallSeconds() - mavenAlone.wallSeconds();
    double pluginAgain = Math.max(0, reRun.wallSeconds() - mavenAlone.wallSeconds());
    goals.add(Goal.atMost("Maven re-run on unchanged inputs ≤ 10% of the first run's plugin time (a run less Maven alone)",
        100 * pluginAgain / pluginFirst, 10, "%"));
    notes.add("Maven: the plugin " + version + " of the local repository, as installed there (" + plugin + ").");
  }

  private Command maven(String version, Path corpus, boolean skip) {
    return Command.of(List.of(Path.of("mvnw").toAbsolutePath().toString(), "-B", "-o", "-q",
        "-f", project.resolve("pom.xml").toString(),
        GROUP + ":" + PLUGIN + ":" + version + ":check",
        "-Dapigw-lint.sourceDirectories=" + corpus,
        "-Dapigw-lint.failOnViolation=false",
        "-Dapigw-lint.formats=json",
        "-Dapigw-lint.consoleOutput=false",
        "-Dapigw-lint.skip=" + skip));
  }

  /** This build's version, which the plugin of the same build has. */
  private static String version() {
    String properties = "/META-INF/maven/" + GROUP + "/apigw-lint-benchmarks/pom.properties";
    try (InputStream in = MavenRerun.class.getResourceAsStream(properties)) {
      if (in == null) {
        throw new IllegalStateException("no " + properties + " in the benchmarks jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
