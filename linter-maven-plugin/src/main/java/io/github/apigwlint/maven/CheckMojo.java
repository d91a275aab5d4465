package io.github.apigwlint.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the module's CloudFormation, SAM, CDK output, OpenAPI and IAM policy files for API
 * Gateway access mistakes, prints the findings, writes the reports, and fails the build on
 * findings at or above {@code failOnSeverity}. Each module is checked on its own; {@code
 * check-aggregate} checks them all together.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractLintMojo {

  @Override
  List<Path> sourceFolders(Path projectDir) {
    return sourceDirectories == null || sourceDirectories.isEmpty()
        ? defaultSourceFolders(projectDir)
        : configuredSourceFolders(projectDir);
  }

  @Override
  String sourceFoldersLookedFor() {
    return "none of " + (sourceDirectories == null || sourceDirectories.isEmpty()
        ? String.join(", ", DEFAULT_SOURCE_DIRECTORIES)
        : sourceDirectories.toString())
        + " exists";
  }
}
