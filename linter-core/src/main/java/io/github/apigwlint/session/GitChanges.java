package io.github.apigwlint.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files changed since a git ref: committed since the merge base ({@code git diff --name-only
 * REF...HEAD}), changed in the work tree or the index, and new untracked files. Runs the {@code
 * git} command without anything the repository could make it run (the repository is input, and may
 * be hostile), each command within a time-out; every failure is a {@link LintSessionException} that
 * says what to do.
 */
final class GitChanges {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * Settings that keep git from running programs the repository's configuration names: hooks, a
   * file-system monitor, external diff programs, a pager. Given on the command line, they win over
   * that configuration.
   */
  private static final List<String> SAFE_SETTINGS = List.of(
      "--no-pager",
      "-c", "core.quotepath=off",
      "-c", "core.hooksPath=/dev/null",
      "-c", "core.fsmonitor=false",
      "-c", "diff.external=",
      "-c", "core.pager=cat");

  /** No prompt for credentials, no system-wide configuration, no lock taken in the repository. */
  private static final Map<String, String> SAFE_ENVIRONMENT = Map.of(
      "GIT_TERMINAL_PROMPT", "0",
      "GIT_CONFIG_NOSYSTEM", "1",
      "GIT_OPTIONAL_LOCKS", "0",
      "GIT_PAGER", "cat");

  /** Variables of the caller's environment that would name a program or settings for git to use. */
  private static final List<String> UNSAFE_VARIABLES = List.of("GIT_EXTERNAL_DIFF", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT");

  private final Path workingDirectory;
  private final String executable;
  private final Duration timeout;

  GitChanges(Path workingDirectory) {
    this(workingDirectory, "git", TIMEOUT);
  }

  /**
   * @param executable the git command
   * @param timeout how long each git command may take
   */
  GitChanges(Path workingDirectory, String executable, Duration timeout) {
    this.workingDirectory = workingDirectory;
    this.executable = executable;
    this.timeout = timeout;
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
    add(changed, root, run("diff", "--no-ext-diff", "--no-textconv", "--name-only", "-z", "--no-renames", ref + "...HEAD"));
    add(changed, root, run("diff", "--no-ext-diff", "--no-textconv", "--name-only", "-z", "--no-renames", "HEAD"));
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
    List<String> command = new ArrayList<>(List.of(executable));
    command.addAll(SAFE_SETTINGS);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().keySet().removeIf(name -> UNSAFE_VARIABLES.contains(name) || name.startsWith("GIT_CONFIG_KEY_")
        || name.startsWith("GIT_CONFIG_VALUE_"));
    builder.environment().putAll(SAFE_ENVIRONMENT);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new LintSessionException("--changed-since needs git, which could not be run: " + e.getMessage(), e);
    }
    String shown = "git " + String.join(" ", args);
    try {
      process.getOutputStream().close();
      // read beside the wait, so that a git that fills a pipe, or never ends, still meets the time-out
      Drain out = new Drain(process.getInputStream());
      Drain err = new Drain(process.getErrorStream());
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        stop(process);
        throw new LintSessionException(shown + " did not finish in " + timeout.toSeconds() + " s; --changed-since gave up on it");
      }
      return new Result(process.exitValue(), out.text(timeout), err.text(timeout));
    } catch (IOException e) {
      stop(process);
      throw new LintSessionException(shown + " could not be read: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      stop(process);
      Thread.currentThread().interrupt();
      throw new LintSessionException("interrupted while running git", e);
    }
  }

  /** Ends git and whatever it started, which could hold its output open. */
  private static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** What a process writes to one of its streams, read on a thread of its own. */
  private static final class Drain {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread reader;
    private volatile IOException failure;

    Drain(InputStream in) {
      reader = new Thread(() -> {
        try (in) {
          in.transferTo(bytes);
        } catch (IOException e) {
          failure = e;
        }
      }, "git output");
      reader.setDaemon(true);
      reader.start();
    }

    /** Everything the process wrote, once it has ended; what it started may still hold the stream open. */
    String text(Duration wait) throws IOException, InterruptedException {
      reader.join(wait.toMillis());
      if (reader.isAlive()) {
        throw new IOException("its output stayed open after it ended");
      }
      if (failure != null) {
        throw failure;
      }
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
