package io.github.apigwlint.cli;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every apigw-lint command shown in README.md and docs/ runs, in a scratch workspace, without a usage
 * error, and prints the output shown under it; every Maven command shown is run by an IT or a CI step.
 */
class DocumentedCommandsTest {

  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  /**
   * Documented commands that cannot run as written (synopses, placeholders such as FILE or ARN,
   * shell variables), by their text after {@code apigw-lint}, and the concrete form this test runs.
   */
  private static final Map<String, String> CONCRETE = Map.ofEntries(
      entry("check [PATH...|-] [--format text|json|sarif|github|junit|gitlab|markdown]... [--output FILE]... [--fail-on error|warning|note|never] [--config FILE] [--enable-rule ID]... [--disable-rule ID]... [--rule ID=SETTING]... [--rules-jar JAR]... [--baseline FILE] [--changed-since REF] [--stdin-name NAME] [--verbose]",
          "check infra/ --format text --format sarif --output out.sarif --fail-on warning --config examples/.apigw-lint.yaml --enable-rule public-unauthenticated-method --disable-rule policy-placeholder --rule private-api-open-to-any-vpce=warning --rules-jar our-rules.jar --baseline apigw-lint-baseline.json --changed-since origin/main --verbose"),
      entry("baseline [PATH...] --output FILE [--config FILE] [--reason TEXT] [--expires YYYY-MM-DD]",
          "baseline infra/ --output out.json --config examples/.apigw-lint.yaml --reason adopted --expires 2026-12-31"),
      entry("explain RULE-ID", "explain private-api-without-policy"),
      entry("access [PATH...|-] [--format text|json|markdown] [--config FILE] [--stdin-name NAME]", "access infra/ --format markdown --config examples/.apigw-lint.yaml"),
      entry("rules [--format text|json]", "rules --format json"),
      entry("simulate --principal ARN|ACCOUNT|anonymous --resource ARN [--policy FILE] [--identity-policy FILE]...",
          "simulate --principal anonymous --resource arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/prod/GET/pets --policy policy.json --identity-policy identity-policy.json"),
      entry("baseline --output FILE", "baseline --output out.json"));

  /**
   * Maven commands shown in the documentation, and what runs each (an invoker IT of
   * linter-maven-plugin/src/it, or a step of .ci/run); a new one needs its row.
   */
  private static final Map<String, String> MAVEN = Map.ofEntries(
      entry("./mvnw -B verify", ".ci/run, first step"),
      entry("./mvnw -B -q package -DskipTests", ".ci/run, the step that runs the bundled examples through the distribution's launcher"),
      entry("./mvnw -B -o verify -pl linter-core -Dapigwlint.differential=true -Dtest=DifferentialTest",
          ".ci/run, the differential step (where the peer tools are installed)"),
      entry("./mvnw -B -o install -DskipTests", ".ci/run (./mvnw -B verify packages benchmarks/target/benchmarks.jar)"),
      entry("./mvnw -B verify -Dapigwlint.updateDocs=true -Dapigwlint.updateSnapshot=true",
          "the update mode of the tests ./mvnw -B verify runs in .ci/run"),
      entry("./mvnw -B -o test -pl linter-core -Dtest=JsonLoaderFuzzTest",
          "benchmarks/fuzz.sh, by hand (fuzzing runs for minutes; ./mvnw -B verify replays the same target's inputs)"),
      entry("mvn verify", "invoker IT properties-override, first run (fails on purpose)"),
      entry("mvn verify -Dapigw-lint.failOnSeverity=never", "invoker IT properties-override, second run"),
      entry("mvn verify -Dapigw-lint.skip", "invoker IT skip"),
      entry("mvn apigw-lint:check -Dapigw-lint.consoleOutput=false", "invoker IT properties-override, third run (the goal by its prefix)"),
      entry("mvn io.github.apigwlint:apigw-lint-maven-plugin:0.1.0-SNAPSHOT:check",
          "invoker IT properties-override, fourth run (the goal by its full coordinates, at the project's version)"),
      entry("mvn apigw-lint:check-aggregate", "invoker IT check-aggregate, third run"),
      entry("mvn apigw-lint:help -Ddetail -Dgoal=check", "invoker IT help-goal"));

  private static final Pattern INVOCATION = Pattern.compile(
      "(?<![\\w.-])(?:java\\s+-jar\\s+\\S*apigw-lint[\\w.-]*\\.jar\\S*|(?:[\\w.${}/-]*/)?apigw-lint(?:\\.cmd)?\"?)\\s+(\\S.*)");
  private static final Pattern MAVEN_COMMAND = Pattern.compile("(?<![\\w/.-])(?:\\./mvnw|mvn)\\s+[^&|;#\n]*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$|<[^>]*>|\\[|…|\\.\\.\\.");
  private static final List<String> SHELL_OPERATORS = List.of("&&", "||", ";", " | ", " > ", " >> ", " 2>", " #");
  /** {@code < FILE} at the end of a command: the file is its standard input. */
  private static final Pattern STANDARD_INPUT = Pattern.compile(" < (\\S+)$");
  private static final Pattern PROMPT = Pattern.compile("^\\$ ");
  private static final Set<String> YAML = Set.of("yaml", "yml");

  /** One command shown in a file: its arguments after {@code apigw-lint}, and the output shown under it, if any. */
  private record Documented(String file, int line, String arguments, String shownOutput) {
    String where() {
      return file + ":" + line + ": apigw-lint " + arguments;
    }
  }

  @TempDir static Path scratch;

  private static Path template;

  private static List<Documented> commands;
  private static Set<String> mavenCommands;
  private static Set<String> subcommands;

  @BeforeAll
  static void readTheDocumentation() throws Exception {
    subcommands = RealCli.subcommands();
    commands = new ArrayList<>();
    mavenCommands = new TreeSet<>();
    for (Path file : documentation()) {
      String relative = REPOSITORY.relativize(file).toString().replace('\\', '/');
      Markdown markdown = new Markdown(Files.readString(file));
      for (Markdown.Block block : markdown.blocks()) {
        readBlock(relative, block);
      }
      for (Markdown.Span span : markdown.spans()) {
        String text = span.text();
        if (subcommands.contains(text.split(" ")[0]) && text.contains(" ")) {
          text = "apigw-lint " + text;
        }
        if (!subcommands.contains(text.replaceFirst("^apigw-lint ", ""))) {  // a bare `apigw-lint access` names the command
          commandIn(relative, span.line(), text, null);
        }
        mavenIn(text);
      }
    }
    buildTheWorkspace();
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedCommandRunsAndPrintsWhatIsShown() {
    assertThat(commands).hasSizeGreaterThan(10).anyMatch(command -> command.shownOutput() != null);
    return commands.stream().map(command -> DynamicTest.dynamicTest(command.where(), () -> run(command)));
  }

  @Test
  void everyMavenCommandShownIsRunByAnItOrACiStep() {
    assertThat(mavenCommands).isNotEmpty();
    assertThat(mavenCommands)
        .as("Maven commands in README.md or docs/ that no row of DocumentedCommandsTest.MAVEN names the IT or CI step of;"
            + " add the row, or run the command in an invoker IT or .ci/run first")
        .allSatisfy(command -> assertThat(MAVEN).containsKey(command));
    assertThat(mavenCommands).as("rows of DocumentedCommandsTest.MAVEN whose command is no longer shown: remove them")
        .containsAll(MAVEN.keySet());
  }

  @Test
  void everyConcreteFormStandsForACommandStillShown() {
    Set<String> shown = new TreeSet<>();
    commands.forEach(command -> shown.add(command.arguments()));
    assertThat(shown).as("commands of DocumentedCommandsTest.CONCRETE no longer in the documentation: remove their rows")
        .containsAll(CONCRETE.keySet());
  }

  @Test
  void everyPipelineBlockIsYaml() throws IOException {
    int pipelines = 0;
    for (Path file : documentation()) {
      for (Markdown.Block block : new Markdown(Files.readString(file)).blocks()) {
        if (YAML.contains(block.info()) && block.text().matches("(?s).*\\b(steps|script|jobs|run|uses):.*")) {
          pipelines++;
          try {
            new Load(LoadSettings.builder().build()).loadFromString(block.text());
          } catch (RuntimeException e) {
            throw new AssertionError(REPOSITORY.relativize(file) + ":" + block.line() + ": not YAML: " + e.getMessage(), e);
          }
        }
      }
    }
    assertThat(pipelines).isPositive();
  }

  private static void run(Documented command) throws IOException {
    String first = command.arguments().split(" ")[0];
    assertThat(subcommands.contains(first) || first.startsWith("-"))
        .as(command.where() + ": apigw-lint has no subcommand " + first + " (" + subcommands + ")").isTrue();
    String arguments = CONCRETE.get(command.arguments());
    if (arguments == null) {
      assertThat(command.arguments())
          .as(command.where() + " cannot run as written: give it a concrete form in DocumentedCommandsTest.CONCRETE")
          .doesNotContainPattern(PLACEHOLDER);
      arguments = command.arguments();
    }
    Path workspace = Files.createTempDirectory(scratch, "command");
    copy(template, workspace);
    RealCli cli = new RealCli();
    Matcher redirect = STANDARD_INPUT.matcher(arguments);
    if (redirect.find()) {
      cli.input(Files.readString(workspace.resolve(redirect.group(1))));
      arguments = arguments.substring(0, redirect.start());
    }
    int exitCode = cli.run(workspace, words(arguments).toArray(String[]::new));
    assertThat(exitCode)
        .as(command.where() + " exits " + exitCode + ": " + cli.err()
            + "\nFix the command, or, if it shows a placeholder, give it a concrete form in DocumentedCommandsTest.CONCRETE")
        .isIn(ExitCodes.CLEAN, ExitCodes.FINDINGS);
    if (command.shownOutput() != null) {
      assertThat(cli.out().strip()).as(command.where()).isEqualTo(command.shownOutput().strip());
    }
  }

  private static void readBlock(String file, Markdown.Block block) {
    if (YAML.contains(block.info())) {
      try {
        scalars(new Load(LoadSettings.builder().build()).loadFromString(block.text()))
            .forEach(text -> lines(text).forEach(line -> {
              commandIn(file, block.line(), line, null);
              mavenIn(line);
            }));
        return;
      } catch (RuntimeException notYaml) {
        // configuration and template snippets with tags: read line by line like any other block
      }
    }
    List<String> lines = lines(block.text());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("#")) {
        continue;
      }
      mavenIn(line);
      if (PROMPT.matcher(line).find()) {
        StringBuilder output = new StringBuilder();
        int prompt = i;
        for (; i + 1 < lines.size() && !PROMPT.matcher(lines.get(i + 1)).find(); i++) {
          output.append(lines.get(i + 1)).append('\n');
        }
        commandIn(file, block.line() + prompt, line.substring(2), output.toString());
      } else {
        commandIn(file, block.line() + i, line, null);
      }
    }
  }

  private static void commandIn(String file, int line, String text, String shownOutput) {
    Matcher invocation = INVOCATION.matcher(text);
    if (invocation.find()) {
      String arguments = shellCommand(invocation.group(1)).strip().replaceAll("\\s+", " ");
      commands.add(new Documented(file, line, arguments, shownOutput));
    }
  }

  private static void mavenIn(String text) {
    Matcher maven = MAVEN_COMMAND.matcher(text);
    while (maven.find()) {
      mavenCommands.add(maven.group().strip().replaceAll("\\s+", " "));
    }
  }

  /** The text up to the first shell operator or comment outside quotes ({@code |} inside a word is a synopsis' alternative). */
  private static String shellCommand(String text) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (SHELL_OPERATORS.stream().anyMatch(text.substring(i)::startsWith)) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  /** Splits arguments as a shell would, without expansions. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(text);
    while (word.find()) {
      words.add(word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3));
    }
    return words;
  }

  /** Lines, with backslash continuations joined. */
  private static List<String> lines(String text) {
    return List.of(text.replaceAll("\\\\\n\\s*", " ").split("\n"));
  }

  private static List<String> scalars(Object yaml) {
    List<String> scalars = new ArrayList<>();
    if (yaml instanceof Map<?, ?> map) {
      map.values().forEach(value -> scalars.addAll(scalars(value)));
    } else if (yaml instanceof List<?> list) {
      list.forEach(value -> scalars.addAll(scalars(value)));
    } else if (yaml instanceof String text) {
      scalars.add(text);
    }
    return scalars;
  }

  private static List<Path> documentation() throws IOException {
    List<Path> files = new ArrayList<>(List.of(REPOSITORY.resolve("README.md")));
    try (Stream<Path> docs = Files.walk(REPOSITORY.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  /**
   * What the documented commands expect to find: {@code examples/}, {@code infra/} (the example
   * templates), a resource and an identity policy, an empty rule pack, a baseline, and a git repository with
   * {@code origin/main} for {@code --changed-since}.
   */
  private static void buildTheWorkspace() throws Exception {
    template = Files.createDirectories(scratch.resolve("workspace"));
    copy(REPOSITORY.resolve("examples"), template.resolve("examples"));
    copy(REPOSITORY.resolve("examples/templates"), template.resolve("infra"));
    Files.copy(REPOSITORY.resolve("examples/policies/orders-partner-principals.json"), template.resolve("policy.json"));
    Files.writeString(template.resolve("identity-policy.json"), """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*"}]}
        """);
    try (OutputStream jar = new JarOutputStream(Files.newOutputStream(template.resolve("our-rules.jar")))) {
      jar.flush();
    }
    RealCli cli = new RealCli();
    assertThat(cli.run(template, "baseline", "infra/", "--output", "apigw-lint-baseline.json")).as(cli.err()).isZero();
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "workspace");
    git("update-ref", "refs/remotes/origin/main", "HEAD");
  }

  private static void git(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    Process git = new ProcessBuilder(command).directory(template.toFile()).redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes());
    assertThat(git.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(git.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(directory).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()));
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
