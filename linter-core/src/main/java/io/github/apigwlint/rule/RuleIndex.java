package io.github.apigwlint.rule;

import java.util.Comparator;
import java.util.List;

/**
 * What the rule pages say about the rules that comes from their metadata: the docs index ({@code
 * docs/rules/README.md}) and the line under each page's title.
 */
public final class RuleIndex {

  private RuleIndex() {}

  public static String markdown(List<RuleInfo> rules) {
    StringBuilder out = new StringBuilder();
    out.append("# Rules\n\n");
    out.append("Generated from the rules' metadata; do not edit by hand.\n\n");
    out.append("| id | severity | category | title |\n");
    out.append("| --- | --- | --- | --- |\n");
    rules.stream()
        .sorted(Comparator.comparing(RuleInfo::id))
        .forEach(info -> out.append("| [`")
            .append(info.id())
            .append("`](")
            .append(info.id())
            .append(".md) | ")
            .append(info.severity().label())
            .append(info.enabledByDefault() ? "" : " (off by default)")
            .append(" | ")
            .append(info.category())
            .append(" | ")
            .append(info.title())
            .append(" |\n"));
    return out.toString();
  }

  /** The line under the title of a rule's page: {@code Severity: error · Category: domain · Since: 0.1.0}. */
  public static String pageHeader(RuleInfo info) {
    StringBuilder line = new StringBuilder("Severity: ").append(info.severity().label());
    if (!info.severityVaries().isEmpty()) {
      line.append(" (").append(info.severityVaries()).append(")");
    }
    line.append(" · Category: ").append(info.category()).append(" · Since: ").append(info.since());
    if (!info.enabledByDefault()) {
      line.append(" · Off by default");
    }
    if (info.altIds().length > 0) {
      line.append(" · Formerly: ").append(String.join(", ", info.altIds()));
    }
    return line.toString();
  }
}
