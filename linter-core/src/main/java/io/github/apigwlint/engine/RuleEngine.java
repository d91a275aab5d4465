package io.github.apigwlint.engine;

import io.github.apigwlint.analysis.AnalysedWorkspace;
import io.github.apigwlint.analysis.VariantsMemo;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.FileWork;
import io.github.apigwlint.source.Limits;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks the workspace once, handing each element to every enabled rule. A rule that fails on one
 * element is reported as an {@code internal-error} about that element and the run goes on. Elements are visited on
 * the run's threads; their findings are kept in the order of the elements, as one thread would find them.
 */
final class RuleEngine {

  /** An enabled rule and the severity it reports with. */
  private record Active(Rule rule, Severity severity, boolean configured) {

    RuleContext reportingTo(AnalysedWorkspace analysis, java.util.function.Consumer<Finding> sink) {
      return new RuleContext(rule.info(), severity, configured, analysis, sink);
    }
  }

  /** One element of the workspace, where an internal error about it is placed, and how a rule visits it. */
  private record Element(Location where, Subject subject, Visit visit) {}

  private final List<Active> active = new ArrayList<>();
  private final List<Finding> findings;
  /** One analysis of the workspace for all rules, so each API's access is computed at most once. */
  private final AnalysedWorkspace analysis;
  private final int threads;
  private final Limits limits;
  private final List<String> details;

  /**
   * @param details where the verbose details of problems go (where apigw-lint failed, for an internal error)
   */
  RuleEngine(
      List<Rule> rules, Workspace workspace, Config config, List<Finding> findings, VariantsMemo memo, int threads, List<String> details) {
    this.findings = findings;
    this.details = details;
    this.analysis = new AnalysedWorkspace(workspace, memo);
    this.threads = threads;
    this.limits = config.limits();
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      Config.RuleSetting setting = setting(config, info);
      boolean enabled = setting != null && setting.enabled() != null ? setting.enabled() : info.enabledByDefault();
      if (!enabled) {
        continue;
      }
      boolean configured = setting != null && setting.severity() != null;
      Severity severity = configured ? setting.severity() : info.severity();
      active.add(new Active(rule, severity, configured));
    }
  }

  static Config.RuleSetting setting(Config config, RuleInfo info) {
    Config.RuleSetting setting = config.rules().get(info.id());
    for (String alt : info.altIds()) {
      if (setting == null) {
        setting = config.rules().get(alt);
      }
    }
    return setting;
  }

  /**
   * What could not be read or analysed in the files, as findings of the engine's rule for each kind of
   * problem ({@code parse-error}, {@code limit-exceeded}, …), unless that rule is off.
   */
  void reportProblems(List<SourceProblem> problems) {
    problems.forEach(p -> report(p, subject(p), findings::add));
  }

  private void report(SourceProblem problem, Subject subject, java.util.function.Consumer<Finding> sink) {
    if (problem.detail() != null) {
      details.add(problem.location().file() + ": " + problem.kind().ruleId() + ": " + problem.detail());
    }
    active.stream()
        .filter(a -> a.rule().info().id().equals(problem.kind().ruleId()))
        .findFirst()
        .ifPresent(a -> {
          RuleContext.Report report = a.reportingTo(analysis, sink).report(problem.message(), problem.location(), subject);
          problem.related().forEach(r -> report.related(r.location(), r.message()));
          report.emit();
        });
  }

  private static Subject subject(SourceProblem problem) {
    String file = problem.location().file();
    return problem.pointer() == null ? Subject.file(file) : Subject.pointer(file, problem.pointer());
  }

  /**
   * A context of an active rule that reports to {@code sink} instead of the engine's list, for the
   * steps after the rules (suppression); null when the rule is off.
   */
  RuleContext contextFor(String ruleId, java.util.function.Consumer<Finding> sink) {
    for (Active a : active) {
      if (a.rule().info().id().equals(ruleId)) {
        return a.reportingTo(analysis, sink);
      }
    }
    return null;
  }

  List<RuleInfo> activeRules() {
    return active.stream().map(a -> a.rule().info()).toList();
  }

  void run(Workspace workspace) {
    List<Element> elements = new ArrayList<>();
    for (PolicyDocument policy : workspace.policies()) {
      elements.add(new Element(policy.source().location(), Subject.policy(policy), (rule, context) -> rule.visitPolicy(policy, context)));
    }
    for (Api api : workspace.apis()) {
      elements.add(new Element(api.location(), Subject.api(api), (rule, context) -> rule.visitApi(api, context)));
    }
    for (DomainName domain : workspace.domains()) {
      elements.add(new Element(domain.location(), Subject.domain(domain), (rule, context) -> rule.visitDomain(domain, context)));
    }
    for (ApiMapping mapping : workspace.mappings()) {
      elements.add(new Element(mapping.location(), Subject.mapping(mapping), (rule, context) -> rule.visitMapping(mapping, context)));
    }
    Location anywhere = Location.ofFile("<workspace>");
    elements.add(new Element(anywhere, Subject.file(anywhere.file()), (rule, context) -> rule.visitWorkspace(workspace, context)));
    Parallel.map(elements, threads, this::visit).forEach(findings::addAll);
  }

  private interface Visit {
    void apply(Rule rule, RuleContext context);
  }

  /**
   * Runs every rule on one element within the time budget of one file. A rule that fails, or passes a
   * limit, is reported about the element and the next rule runs; past the budget the element is given up.
   */
  private List<Finding> visit(Element element) {
    List<Finding> found = new ArrayList<>();
    Budget.within(limits, () -> {
      for (Active a : active) {
        Optional<SourceProblem> problem =
            FileWork.guard(element.where(), () -> {
              Budget.checkTime();
              element.visit().apply(a.rule(), a.reportingTo(analysis, found::add));
              return Boolean.TRUE;
            }).failure();
        if (problem.isPresent()) {
          SourceProblem p = problem.get();
          report(p, element.subject().property(p.kind().ruleId() + " " + a.rule().info().id()), found::add);
          if (p.kind() == SourceProblem.Kind.ANALYSIS_TIMEOUT) {
            break;
          }
        }
      }
      return found;
    });
    return found;
  }
}
