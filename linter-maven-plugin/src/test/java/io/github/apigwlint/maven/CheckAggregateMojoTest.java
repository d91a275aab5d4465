package io.github.apigwlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregate goal in-process on a copy of the {@code check-aggregate} IT's build: an API in
 * module {@code api}, a role of another account that calls it in module {@code consumer}.
 */
class CheckAggregateMojoTest {

  static final Path BUILD = Path.of("src/it/check-aggregate");

  @TempDir Path dir;
  MavenProject top;
  MavenProject api;
  MavenProject consumer;
  MavenSession session;
  LogLinesTest.RecordingLog log = new LogLinesTest.RecordingLog();

  @BeforeEach
  void setUp() throws IOException {
    try (Stream<Path> files = Files.walk(BUILD)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = dir.resolve(BUILD.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    top = project(dir, "check-aggregate");
    top.setExecutionRoot(true);
    api = project(dir.resolve("api"), "api");
    consumer = project(dir.resolve("consumer"), "consumer");
    session = new MavenSession(null, new DefaultMavenExecutionRequest().setBaseDirectory(dir.toFile()),
        new DefaultMavenExecutionResult(), List.of(top, api, consumer));
  }

  @Test
  void theWholeBuildAsOneWorkspaceFindsTheCallerOfAnotherModule() {
    assertThatThrownBy(() -> configure(new CheckAggregateMojo(), top).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("apigw-lint: 1 finding at or above error (0 allowed)");
    assertThat(log.lines).anyMatch(line -> line.matches(
        "\\[ERROR\\] api/infra/orders-api\\.yaml:\\d+:\\d+ cross-account-principal-missing .*"
            + "arn:aws:iam::222222222222:role/orders-client.*"));
    assertThat(log.lines).contains("[INFO] apigw-lint: 1 error, 0 warnings, 0 notes in 1 file; 2 files checked");
    assertThat(dir.resolve("target/apigw-lint/apigw-lint.sarif")).content()
        .contains("cross-account-principal-missing", "api/infra/orders-api.yaml");
  }

  @Test
  void eachModuleAloneHasNoFinding() throws Exception {
    for (MavenProject module : List.of(api, consumer)) {
      configure(new CheckMojo(), module).execute();
    }
    assertThat(log.lines).filteredOn(line -> !line.contains("apigw-lint: report "))
        .containsExactly("[INFO] apigw-lint: no findings; 1 file checked", "[INFO] apigw-lint: no findings; 1 file checked");
  }

  @Test
  void inAModuleBelowTheTopItDoesNothing() throws Exception {
    configure(new CheckAggregateMojo(), api).execute();
    assertThat(log.lines).containsExactly("[INFO] apigw-lint: check-aggregate runs once, at the top of the build"
        + " (check-aggregate)");
    assertThat(dir.resolve("api/target")).doesNotExist();
  }

  private AbstractLintMojo configure(AbstractLintMojo mojo, MavenProject project) {
    mojo.project = project;
    mojo.session = session;
    mojo.failOnSeverity = "error";
    mojo.failOnViolation = true;
    mojo.consoleOutput = true;
    mojo.formats = List.of("text", "sarif");
    mojo.outputDirectory = project.getBasedir().toPath().resolve("target/apigw-lint").toFile();
    mojo.setLog(log);
    return mojo;
  }

  private static MavenProject project(Path basedir, String artifactId) {
    MavenProject project = new MavenProject();
    project.setArtifactId(artifactId);
    project.setFile(basedir.resolve("pom.xml").toFile());
    return project;
  }
}
