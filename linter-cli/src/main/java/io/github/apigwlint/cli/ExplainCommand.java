package io.github.apigwlint.cli;

import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.ToolInfo;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Print the documentation of a rule.")
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RULE-ID", description = "The rule's id (or a former id).")
  String ruleId;

  @Spec CommandSpec spec;

  private final Environment environment;

  ExplainCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    RuleRegistry rules = environment.rules().get().withEngineRules();
    Rule rule =
        rules
            .find(ruleId)
            .orElseThrow(
                () -> new CommandFailure("unknown rule '" + ruleId + "'" + rules.unknownIdHint(ruleId)));
    RuleInfo info = rule.info();
    PrintWriter out = spec.commandLine().getOut();
    out.print(environment.docs().page(info.id()).orElseGet(() -> metadata(info)));
    out.flush();
    return ExitCodes.CLEAN;
  }

  /** For a rule whose jar carries no doc page. */
  private static String metadata(RuleInfo info) {
    StringBuilder text = new StringBuilder(info.id() + ": " + info.title() + "\n");
    String offByDefault = info.enabledByDefault() ? "" : " (off by default)";
    field(text, "severity", info.severity().label() + offByDefault);
    field(text, "category", info.category());
    field(text, "tags", String.join(", ", info.tags()));
    field(text, "former ids", String.join(", ", info.altIds()));
    field(text, "since", info.since());
    field(text, "docs", ToolInfo.current().ruleDocUri(info.id()));
    return text.toString();
  }

  private static void field(StringBuilder text, String label, String value) {
    if (!value.isEmpty()) {
      text.append(String.format("  %-11s %s%n", label + ":", value));
    }
  }
}
