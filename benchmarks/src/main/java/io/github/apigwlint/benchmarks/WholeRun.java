package io.github.apigwlint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole-process benchmark of issue 12: the linter as a user runs it, on the corpus, on a flat
 * copy of its files, on N copies side by side, on one small file and with a 256 MB heap, each
 * beside the bare parse of the same files ({@link ParseFloor}) in a process with the same JVM
 * options; then the goals met or not. Runs from the repository root after {@code ./mvnw -B -q
 * package -DskipTests -Dinvoker.skip}; writes its copies to a temp folder it deletes, and nothing
 * else but the {@code --output} file.
 */
public final class WholeRun {

  static final Path LAUNCHER = Path.of("distribution/target/apigw-lint/bin/apigw-lint");
  static final Path CLI_JAR = Path.of("linter-cli/target/apigw-lint.jar");
  private static final String BUILD = "./mvnw -B -q package -DskipTests -Dinvoker.skip";

  private final Options options;
  private final Path scratch;
  private final ProcessMeasurement measurement;
  private final List<String> launcherJvmOptions;
  private final Path benchmarksJar;

  private WholeRun(Options options, Path scratch) {
    this.options = options;
    this.scratch = scratch;
    this.measurement = new ProcessMeasurement(scratch, options.timeoutSeconds());
    this.launcherJvmOptions = LauncherOptions.of(LAUNCHER);
    this.benchmarksJar = ownJar();
  }

  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
      require(options.corpus(), "the corpus folder");
      require(options.small(), "the small file");
      require(LAUNCHER, "the launcher; build first: " + BUILD);
      require(CLI_JAR, "the runnable jar; build first: " + BUILD);
    } catch (IllegalArgumentException e) {
      System.err.println("WholeRun: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path scratch = Files.createTempDirectory("apigw-lint-bench-");
    // a hook, so that a benchmark stopped with Ctrl-C leaves no copies behind either
    Runtime.getRuntime().addShutdownHook(new Thread(() -> CorpusCopies.delete(scratch)));
    String table = new WholeRun(options, scratch).run();
    System.out.print(table);
    if (options.output().isPresent()) {
      Files.writeString(options.output().get(), table);
    }
  }

  private String run() {
    Path corpus = options.corpus().toAbsolutePath().normalize();
    List<Path> files = InputFiles.of(List.of(corpus), Path.of("").toAbsolutePath());
    Path flat = scratch.resolve("flat");
    CorpusCopies.flatten(corpus, files, flat);
    Path copies = scratch.resolve("copies");
    CorpusCopies.sideBySide(corpus, options.copies(), copies);
    int n = options.copies();

    Row tree = row("the corpus (`" + options.corpus() + "`), " + files.size() + " files", launcher(corpus), floor(launcherJvmOptions, corpus));
    Row flatRow = row("the same files in one folder", launcher(flat), floor(launcherJvmOptions, flat));
    Row copiesRow = row(n + " copies of the corpus side by side", launcher(copies), floor(launcherJvmOptions, copies));
    Row smallLauncher = row("one small file (`" + options.small() + "`), launcher",
        launcher(options.small()), floor(launcherJvmOptions, options.small()));
    Row smallJar = row("the same file, plain `java -jar`", plainJar(options.small()), floor(List.of(), options.small()));
    Row cappedHeap = row("the corpus, `-Xmx256m`", launcher(corpus).withEnvironment("APIGW_LINT_JAVA_OPTS", "-Xmx256m"),
        floor(withHeap(launcherJvmOptions), corpus));
    Runs runs = new Runs(tree, flatRow, copiesRow, n, cappedHeap, smallLauncher, smallJar);
    List<Row> rows = new ArrayList<>(runs.rows());
    List<String> notes = new ArrayList<>();
    new CfnGuardPeer(options.peers(), measurement, options.repeat())
        .row(flat, scratch.resolve("cfn-guard"), folder -> floor(launcherJvmOptions, folder), notes)
        .ifPresent(rows::add);
    List<Goal> goals = new ArrayList<>(runs.goals());
    new MavenRerun(scratch.resolve("maven"), measurement, options.repeat()).measure(corpus, rows, goals, notes);
    notes.add("Each figure is the median of " + options.repeat() + " run(s); the floor runs with the JVM options of the run on its left"
        + " (launcher: " + String.join(" ", launcherJvmOptions) + ").");
    return Table.markdown(rows, goals, notes);
  }

  private Row row(String work, Command tool, Command floor) {
    System.err.println("measuring: " + work);
    List<Measurement> medians = measurement.medians(List.of(tool, floor), options.repeat());
    return new Row(work, medians.get(0), Optional.of(medians.get(1)));
  }

  private Command launcher(Path input) {
    return Command.of(lint(List.of(LAUNCHER.toString()), input));
  }

  private Command plainJar(Path input) {
    return Command.of(lint(List.of(java(), "-jar", CLI_JAR.toString()), input));
  }

  private List<String> lint(List<String> program, Path input) {
    List<String> arguments = new ArrayList<>(program);
    arguments.addAll(List.of("check", input.toString(), "--fail-on", "never", "--format", "json",
        "--output", scratch.resolve("report.json").toString()));
    return arguments;
  }

  private Command floor(List<String> jvmOptions, Path input) {
    List<String> arguments = new ArrayList<>(List.of(java()));
    arguments.addAll(jvmOptions);
    arguments.addAll(List.of("-cp", benchmarksJar.toString(), ParseFloor.class.getName(), input.toString()));
    return Command.of(arguments);
  }

  private static List<String> withHeap(List<String> jvmOptions) {
    return Stream.concat(jvmOptions.stream(), Stream.of("-Xmx256m")).toList();
  }

  /** The Java the launcher runs: {@code JAVA_HOME}'s, else the one on the path. */
  private static String java() {
    String home = System.getenv("JAVA_HOME");
    return home == null || home.isBlank() ? "java" : Path.of(home, "bin", "java").toString();
  }

  private static Path ownJar() {
    try {
      return Path.of(WholeRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void require(Path path, String what) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("no " + what + " at " + path.toAbsolutePath().normalize());
    }
  }
}
