package io.github.apigwlint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apigwlint.engine.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, git: {@code --changed-since} runs none of the programs a repository's configuration
 * names, and a git that does not end, even one that fills its output first, meets the time-out.
 */
class GitChangesTest {

  private static final String BROKEN = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": ";

  @TempDir Path dir;

  @Test
  void aHostileRepositoryRunsNoneOfItsPrograms() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path marker = dir.resolve("ran");
    git(repo, "init", "-q", "-b", "main");
    Files.writeString(repo.resolve("api.json"), "{}");
    git(repo, "add", "-A");
    git(repo, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "first");
    Path program = script("program", "echo \"$0 $*\" >> " + marker + "\n");
    Path hooks = Files.createDirectories(dir.resolve("hooks"));
    for (String hook : List.of("post-index-change", "reference-transaction", "post-checkout", "pre-commit")) {
      Files.copy(program, hooks.resolve(hook));
    }
    git(repo, "config", "core.fsmonitor", program.toString());
    git(repo, "config", "core.hooksPath", hooks.toString());
    git(repo, "config", "diff.external", program.toString());
    git(repo, "config", "diff.conv.textconv", program.toString());
    git(repo, "config", "core.pager", program.toString());
    Files.writeString(repo.resolve(".gitattributes"), "*.json diff=conv\n");
    Files.writeString(repo.resolve("api.json"), BROKEN);

    LintOutcome outcome = LintSession.open(LintOptions.in(repo).changedSince("main").build(), RuleRegistry.of(List.of())).run();

    assertThat(outcome.result().findings()).extracting(f -> f.location().file()).containsExactly("api.json");
    assertThat(marker).doesNotExist();
  }

  @Test
  void aGitThatDoesNotEndMeetsTheTimeOut() throws Exception {
    Path git = script("git", "head -c 1000000 /dev/zero\nsleep 600\n");

    assertThatThrownBy(() -> new GitChanges(dir, git.toString(), Duration.ofSeconds(1)).since("main"))
        .isInstanceOf(LintSessionException.class)
        .hasMessage("git rev-parse --show-toplevel did not finish in 1 s; --changed-since gave up on it");
  }

  private Path script(String name, String body) throws IOException {
    Path script = dir.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private static void git(Path repo, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("git %s: %s", args, output).isZero();
  }
}
