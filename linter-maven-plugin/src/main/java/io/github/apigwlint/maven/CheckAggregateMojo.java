package io.github.apigwlint.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * Checks the source folders of every module of the build as one workspace, once, at the top of the
 * build: an API in one module and the role of another account that calls it from another module
 * are analysed together, as {@code check} per module cannot. One set of reports goes to the top
 * project's {@code outputDirectory}. Bound in a parent POM, it runs at the top only and does
 * nothing in the modules that inherit it.
 */
@Mojo(name = "check-aggregate", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true)
public class CheckAggregateMojo extends AbstractLintMojo {

  @Override
  Optional<String> notInThisProject() {
    MavenProject top = session.getTopLevelProject();
    if (top == null || top.getBasedir().equals(project.getBasedir())) {
      return Optional.empty();
    }
    return Optional.of("check-aggregate runs once, at the top of the build (" + top.getArtifactId() + ")");
  }

  /** The default source folders of every module of the build, and {@code sourceDirectories}. */
  @Override
  List<Path> sourceFolders(Path projectDir) {
    Set<Path> folders = new LinkedHashSet<>();
    for (MavenProject module : session.getProjects()) {
      folders.addAll(defaultSourceFolders(module.getBasedir().toPath().toAbsolutePath().normalize()));
    }
    folders.addAll(configuredSourceFolders(projectDir));
    return new ArrayList<>(folders);
  }

  @Override
  String sourceFoldersLookedFor() {
    return "none of " + String.join(", ", DEFAULT_SOURCE_DIRECTORIES) + " exists in any module"
        + (sourceDirectories == null || sourceDirectories.isEmpty() ? "" : ", nor any of " + sourceDirectories);
  }
}
