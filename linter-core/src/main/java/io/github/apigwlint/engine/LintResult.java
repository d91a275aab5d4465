package io.github.apigwlint.engine;

import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a run found.
 *
 * @param findings sorted by file, line, column, rule
 * @param rules the rules that ran, for report metadata
 * @param files the files read, by display path, for source lines in reports
 * @param notes what was skipped and why (shown in verbose mode)
 * @param included the files the run read because templates named them ({@code AWS::Include},
 *     Terraform's {@code file} and {@code templatefile}), beyond those the walk of its paths found
 */
public record LintResult(
    List<Finding> findings,
    List<RuleInfo> rules,
    Map<String, SourceFile> files,
    List<String> notes,
    List<Path> included) {

  /** A result of files the walk found alone. */
  public LintResult(List<Finding> findings, List<RuleInfo> rules, Map<String, SourceFile> files, List<String> notes) {
    this(findings, rules, files, notes, List.of());
  }
}
