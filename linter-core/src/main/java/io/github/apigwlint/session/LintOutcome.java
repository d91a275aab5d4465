package io.github.apigwlint.session;

import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.report.Summary;
import io.github.apigwlint.rule.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * What a session reported and decided.
 *
 * @param result the findings reported (after the baseline and changed-since filters), with the
 *     engine's notes of what it skipped
 * @param messages what the session says about its filters (baseline and changed-since counts)
 * @param reports the report files written
 */
public record LintOutcome(LintResult result, List<String> messages, FailThreshold threshold, List<Path> reports) {

  public LintOutcome {
    messages = List.copyOf(messages);
    reports = List.copyOf(reports);
  }

  /** The findings reported, in report order. */
  public List<Finding> findings() {
    return result.findings();
  }

  /** What the engine skipped and why, for a verbose front end. */
  public List<String> notes() {
    return result.notes();
  }

  /** The files the run read because templates named them, beyond those the walk found. */
  public List<Path> included() {
    return result.included();
  }

  /** The counts of the findings reported and of the files checked. */
  public Summary summary() {
    return Summary.of(result);
  }

  /** How many findings reach the fail threshold. */
  public long failing() {
    return findings().stream().filter(finding -> threshold.reachedBy(finding.severity())).count();
  }

  public boolean fails() {
    return failing() > 0;
  }
}
