package io.github.apigwlint.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files changed since a git ref: committed since the merge base ({@code git diff --name-only
 * REF...HEAD}), changed in the work tree or the index, and new untracked files. Runs the {@code
 * git} command; every failure is a {@link LintSessionException} that says what to do.
 */
final class GitChanges {

  private static final long TIMEOUT_SECONDS = 60;

  private final Path workingDirectory;

  GitChanges(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /** Absolute, normalized paths of the changed files. */
  Set<Path> since(String ref) throws LintSessionException {
    if (ref.isBlank() || ref.startsWith("-")) {
      throw new LintSessionException("--changed-since: '" + ref + "' is not a git ref");
    }
    Result top = git("rev-parse", "--show-toplevel");
    if (top.status != 0) {
      throw new LintSessionException(
          "--changed-since needs a git repository, but " + workingDirectory + " is not in one"
              + detail(top));
    }
    Path root = Path.of(top.out.strip()).toAbsolutePath().normalize();
    Result verify = git("rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (verify.status != 0) {
      throw new LintSessionException(
          "--changed-since: unknown git ref '" + ref + "' (in CI, fetch it first, for example"
              + " with 'fetch-depth: 0' or 'git fetch origin " + ref + "')");
    }
    Set<Path> changed = new LinkedHashSet<>();
    add(changed, root, run("diff", "--name-only", "-z", "--no-renames", ref + "...HEAD"));
    add(changed, root, run("diff", "--name-only", "-z", "--no-renames", "HEAD"));
    add(changed, root, run("ls-files", "--others", "--exclude-standard", "-z", "--full-name"));
    return changed;
  }

  private static void add(Set<Path> changed, Path root, String nulSeparated) {
    for (String name : nulSeparated.split("\0")) {
      if (!name.isEmpty()) {
        changed.add(root.resolve(name).normalize());
      }
    }
  }

  private String run(String... args) throws LintSessionException {
    Result result = git(args);
    if (result.status != 0) {
      throw new LintSessionException("git " + String.join(" ", args) + " failed" + detail(result));
    }
    return result.out;
  }

  private static String detail(Result result) {
    String err = result.err.strip();
    return err.isEmpty() ? "" : ": " + err.lines().findFirst().orElse("");
  }

  private record Result(int status, String out, String err) {}

  private Result git(String... args) throws LintSessionException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
      errReader.start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new LintSessionException("git " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      errReader.join();
      return new Result(
          process.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LintSessionException("--changed-since needs git, which could not be run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LintSessionException("interrupted while running git", e);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the exit status tells what went wrong
    }
  }
}
