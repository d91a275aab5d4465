package io.github.apigwlint.suppress;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one step after the rules: drops the findings that a suppression covers, and reports the
 * suppressions that give no reason or match nothing. Rules know nothing of suppressions.
 */
public final class Suppressor {

  /**
   * What the step did.
   *
   * @param kept the findings still reported (the findings about suppressions go to the contexts)
   * @param suppressed how many findings were dropped
   */
  public record Outcome(List<Finding> kept, int suppressed) {}

  private final List<Suppression> suppressions = new ArrayList<>();
  private final List<InlineSuppressions.Malformed> malformed = new ArrayList<>();

  /** The suppressions written in the files and in the configuration. */
  public static Suppressor collect(Collection<SourceFile> files, Config config) {
    Suppressor suppressor = new Suppressor();
    for (SourceFile file : files) {
      InlineSuppressions inline = InlineSuppressions.of(file);
      suppressor.suppressions.addAll(inline.suppressions());
      suppressor.malformed.addAll(inline.malformed());
    }
    Map<String, Path> paths = new HashMap<>();
    files.forEach(file -> paths.put(file.displayPath(), file.path()));
    Function<String, Path> relative = display -> config.pathOf(paths.get(display), display);
    for (Config.Suppression entry : config.suppressions()) {
      suppressor.suppressions.add(
          new Suppression(
              entry.id(),
              entry.reason(),
              new Suppression.FileGlob(entry.path(), relative),
              entry.source(),
              "path " + entry.path()));
    }
    return suppressor;
  }

  public List<Suppression> suppressions() {
    return suppressions;
  }

  /**
   * @param rules every rule of the run, enabled or not, to resolve former ids
   * @param enabled the ids of the rules that ran: a suppression of a rule that was turned off is
   *     not "unused"
   * @param withoutReason the context to report suppressions without a reason, or null when that rule is
   *     off
   * @param unused the context to report suppressions that match nothing, or null when that rule is off
   */
  public Outcome apply(
      List<Finding> findings,
      List<RuleInfo> rules,
      Set<String> enabled,
      RuleContext withoutReason,
      RuleContext unused) {
    if (suppressions.isEmpty() && malformed.isEmpty()) {
      return new Outcome(findings, 0);
    }
    Map<String, String> canonical = new HashMap<>();
    for (RuleInfo info : rules) {
      canonical.put(info.id(), info.id());
      for (String alt : info.altIds()) {
        canonical.putIfAbsent(alt, info.id());
      }
    }
    Map<Suppression, Integer> uses = new IdentityHashMap<>();
    List<Finding> kept = new ArrayList<>();
    int dropped = 0;
    for (Finding finding : findings) {
      boolean covered = false;
      for (Suppression suppression : suppressions) {
        String id = canonical.getOrDefault(suppression.ruleId(), suppression.ruleId());
        if (id.equals(finding.ruleId()) && suppression.scope().covers(finding)) {
          uses.merge(suppression, 1, Integer::sum);
          covered = true;
        }
      }
      if (covered) {
        dropped++;
      } else {
        kept.add(finding);
      }
    }

    for (Suppression suppression : suppressions) {
      String id = canonical.get(suppression.ruleId());
      if (withoutReason != null && suppression.reason() == null) {
        withoutReasonFinding(withoutReason, suppression);
      }
      if (unused != null && !uses.containsKey(suppression)) {
        if (id == null) {
          report(unused,
              "Suppression on " + suppression.where() + " names \"" + suppression.ruleId()
                  + "\", which is not a rule id; it suppresses nothing.",
              suppression, "Use an id listed by `apigw-lint rules`, or remove the entry.");
        } else if (enabled.contains(id)) {
          report(unused,
              "Suppression of " + suppression.ruleId() + " on " + suppression.where()
                  + " matches no finding; remove it.",
              suppression, null);
        }
      }
    }
    if (unused != null) {
      for (InlineSuppressions.Malformed entry : malformed) {
        unused.report("Suppression entry ignored: " + entry.problem() + ".", entry.location(),
                Subject.pointer(entry.location().file(), entry.pointer()))
            .fix("- id: <rule-id>\n  reason: <why this finding is acceptable>")
            .emit();
      }
    }
    return new Outcome(kept, dropped);
  }

  private static void withoutReasonFinding(RuleContext context, Suppression suppression) {
    report(context,
        "Suppression of " + suppression.ruleId() + " on " + suppression.where()
            + " gives no reason; say why the finding is acceptable.",
        suppression,
        "- id: " + suppression.ruleId() + "\n  reason: <why this finding is acceptable>");
  }

  private static void report(RuleContext context, String message, Suppression suppression, String fix) {
    RuleContext.Report report = context.report(message, suppression.declared(), suppression.subject());
    if (fix != null) {
      report.fix(fix);
    }
    report.emit();
  }
}
