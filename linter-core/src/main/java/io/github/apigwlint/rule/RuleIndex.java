package io.github.apigwlint.rule;

import java.util.Comparator;
import java.util.List;

/** The docs index of the rules, generated from their metadata ({@code docs/rules/README.md}). */
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
}
