package io.github.apigwlint.engine;

import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.model.build.WorkspaceBuilder;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.SourceProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library entry point: reads the files of a request, builds the workspace, runs the rules. Front
 * ends (command, Maven plugin) build a {@link LintRequest}, call {@link #run} once, and turn the
 * result into an exit code or a build failure.
 */
public final class Linter {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.location().file())
          .thenComparingInt(f -> f.location().line())
          .thenComparingInt(f -> f.location().column())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  private final RuleRegistry registry;

  public Linter(RuleRegistry registry) {
    this.registry = registry;
  }

  /**
   * @throws IllegalArgumentException when a path of the request does not exist
   */
  public LintResult run(LintRequest request) {
    Loaded loaded = load(request);
    List<Rule> rules = new ArrayList<>(registry.rules());
    rules.add(new ParseErrorRule());
    List<Finding> findings = new ArrayList<>();
    RuleEngine engine = new RuleEngine(rules, loaded.workspace(), request.config(), findings);
    engine.reportParseErrors(loaded.problems());
    engine.run(loaded.workspace());
    findings.sort(ORDER);
    return new LintResult(findings, engine.activeRules(), loaded.files(), loaded.notes());
  }

  /**
   * The workspace of a request without running rules, for commands that analyse it (access summary).
   *
   * @throws IllegalArgumentException when a path of the request does not exist
   */
  public static Workspace workspace(LintRequest request) {
    return load(request).workspace();
  }

  private record Loaded(Workspace workspace, Map<String, SourceFile> files, List<String> notes, List<SourceProblem> problems) {}

  private static Loaded load(LintRequest request) {
    FileCollector collector = new FileCollector(request.workingDirectory(), request.config().excludes());
    List<Path> paths = collector.collect(request.paths());
    if (!collector.missing().isEmpty()) {
      throw new IllegalArgumentException("no such file or folder: " + collector.missing().get(0));
    }
    SourceLoader loader = new SourceLoader();
    List<LoadOutcome> outcomes =
        paths.parallelStream().map(path -> loader.load(path, collector.display(path))).toList();

    List<String> notes = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>(collector.problems());
    Map<String, SourceFile> files = new LinkedHashMap<>();
    WorkspaceBuilder builder = new WorkspaceBuilder(request.config());
    for (int i = 0; i < outcomes.size(); i++) {
      String displayPath = collector.display(paths.get(i));
      LoadOutcome outcome = outcomes.get(i);
      if (outcome instanceof LoadOutcome.Loaded loaded) {
        SourceFile file = loaded.file();
        switch (file.format()) {
          case UNKNOWN -> notes.add(displayPath + ": skipped, not a policy, template or API definition");
          case TERRAFORM_PLAN -> notes.add(displayPath + ": skipped, Terraform plans are not read yet");
          default -> {
            files.put(displayPath, file);
            builder.add(file);
          }
        }
      } else if (outcome instanceof LoadOutcome.Skipped skipped) {
        notes.add(displayPath + ": skipped, " + skipped.reason());
      } else if (outcome instanceof LoadOutcome.Failed failed) {
        problems.add(failed.problem());
      }
    }
    problems.addAll(builder.problems());
    return new Loaded(builder.workspace(), files, notes, problems);
  }
}
