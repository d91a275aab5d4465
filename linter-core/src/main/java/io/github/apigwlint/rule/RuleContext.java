package io.github.apigwlint.rule;

import io.github.apigwlint.analysis.AnalysedWorkspace;
import io.github.apigwlint.analysis.ApiAnalysis;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What a rule sees of the run, and where it reports. One context per rule. */
public final class RuleContext {

  private final RuleInfo info;
  private final Severity severity;
  private final boolean severityConfigured;
  private final AnalysedWorkspace analysis;
  private final Consumer<Finding> sink;

  /**
   * @param severity the severity findings get: the rule's default or the configured one
   * @param severityConfigured the configuration set it, so a rule may not change it per finding
   * @param analysis the workspace of the run's variant with its access analysis, shared by all rules
   */
  public RuleContext(
      RuleInfo info,
      Severity severity,
      boolean severityConfigured,
      AnalysedWorkspace analysis,
      Consumer<Finding> sink) {
    this.info = info;
    this.severity = severity;
    this.severityConfigured = severityConfigured;
    this.analysis = analysis;
    this.sink = sink;
  }

  public Workspace workspace() {
    return analysis.workspace();
  }

  /** The workspace's access analysis, computed once per API for all rules. */
  public AnalysedWorkspace analysis() {
    return analysis;
  }

  /** Who can invoke {@code api}, in every stage and method: ask here rather than evaluating policies. */
  public ApiAnalysis access(Api api) {
    return analysis.api(api);
  }

  /**
   * Starts a finding of this rule at its configured severity; call {@link Report#emit()}. The
   * subject is the node the finding is about: one run reports at most one finding of a rule per
   * subject.
   */
  public Report report(String message, Location location, Subject subject) {
    return new Report(message, location, subject, severity);
  }

  /** A finding under construction. */
  public final class Report {
    private final String message;
    private final Location location;
    private final Subject subject;
    private Severity severity;
    private final List<Finding.Related> related = new ArrayList<>();
    private String fix;

    private Report(String message, Location location, Subject subject, Severity severity) {
      this.message = message;
      this.location = location;
      this.subject = subject;
      this.severity = severity;
    }

    /**
     * Lowers or raises this one finding, for rules whose severity depends on the case. A severity
     * set in the configuration wins.
     */
    public Report severity(Severity value) {
      if (!severityConfigured) {
        this.severity = value;
      }
      return this;
    }

    public Report related(Location where, String what) {
      related.add(new Finding.Related(where, what));
      return this;
    }

    public Report fix(String value) {
      this.fix = value;
      return this;
    }

    public void emit() {
      sink.accept(new Finding(info.id(), severity, message, location, subject, related, fix));
    }
  }
}
