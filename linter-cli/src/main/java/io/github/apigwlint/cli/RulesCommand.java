package io.github.apigwlint.cli;

import io.github.apigwlint.report.RulesJsonReport;
import io.github.apigwlint.report.ToolInfo;
import io.github.apigwlint.rule.RuleInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List the rules, the engine's own included: id, default severity, category and title.")
final class RulesCommand implements Callable<Integer> {

  enum Format {
    TEXT, JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (id, title, severity, whether on by default,"
          + " category, tags, doc page and description of each rule). Default: ${DEFAULT-VALUE}.")
  Format format;

  private static final List<String> HEADINGS = List.of("ID", "SEVERITY", "CATEGORY", "TITLE");

  @Spec CommandSpec spec;

  private final Environment environment;

  RulesCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    List<RuleInfo> rules = environment.rules().get().withEngineRules().infos();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      RulesJsonReport.write(rules, environment.docs(), ToolInfo.current(), out);
      return ExitCodes.CLEAN;
    }
    List<List<String>> rows = rules.stream().map(RulesCommand::row).toList();
    if (rows.isEmpty()) {
      out.println("No rules found.");
    } else {
      printTable(out, rows);
    }
    out.flush();
    return ExitCodes.CLEAN;
  }

  private static List<String> row(RuleInfo rule) {
    String severity = rule.severity().label() + (rule.enabledByDefault() ? "" : " (off)");
    return List.of(rule.id(), severity, rule.category(), rule.title());
  }

  /** Columns as wide as their widest cell, two spaces apart; the last one is not padded. */
  private static void printTable(PrintWriter out, List<List<String>> rows) {
    int[] widths = new int[HEADINGS.size()];
    for (List<String> row : concat(HEADINGS, rows)) {
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    for (List<String> row : concat(HEADINGS, rows)) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < widths.length - 1; column++) {
        line.append(String.format("%-" + widths[column] + "s  ", row.get(column)));
      }
      out.println(line.append(row.get(widths.length - 1)));
    }
  }

  private static List<List<String>> concat(List<String> first, List<List<String>> rest) {
    return Stream.concat(Stream.of(first), rest.stream()).toList();
  }
}
