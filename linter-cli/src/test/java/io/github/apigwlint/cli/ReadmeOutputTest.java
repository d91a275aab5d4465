package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.RuleDocs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's commands shown with their output ({@code $ java -jar apigw-lint.jar …}) print that output. */
class ReadmeOutputTest {

  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern SHOWN = Pattern.compile("```\n\\$ java -jar apigw-lint\\.jar ([^\n]+)\n(.*?)```\n", Pattern.DOTALL);

  @Test
  void everyCommandShownWithItsOutputPrintsIt() throws IOException {
    Matcher shown = SHOWN.matcher(Files.readString(REPOSITORY.resolve("README.md")));
    int commands = 0;
    while (shown.find()) {
      commands++;
      assertThat(run(shown.group(1).split(" ")).strip()).as(shown.group(1)).isEqualTo(shown.group(2).strip());
    }
    assertThat(commands).isPositive();
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    Environment environment = new Environment(RuleRegistry::load, (rules, request) -> new Linter(rules).run(request),
        new RuleDocs(RuleRegistry.class.getClassLoader()), REPOSITORY, Clock.systemUTC(), false);
    CommandLine commandLine = Cli.create(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));
    commandLine.execute(args);
    return out.toString();
  }
}
