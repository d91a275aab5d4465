package io.github.apigwlint.engine;

import io.github.apigwlint.analysis.VariantsMemo;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.model.build.RunVariants;
import io.github.apigwlint.model.build.WorkspaceBuilder;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.suppress.SuppressionWithoutReasonRule;
import io.github.apigwlint.suppress.Suppressor;
import io.github.apigwlint.suppress.UnusedSuppressionRule;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import io.github.apigwlint.source.FileWork;
import io.github.apigwlint.source.Format;
import io.github.apigwlint.source.LimitExceeded;
import io.github.apigwlint.source.Limits;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.SourceProblem;
import io.github.apigwlint.source.cfn.IncludeTransform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The analysis step of a {@link io.github.apigwlint.session.LintSession}: reads the files of a
 * request, builds the workspace, runs the rules and applies the suppressions. Front ends do not
 * call it; they open a session, which checks their options first.
 */
public final class Linter {

  /** One policy attached to several roles is read once per role; its findings are reported once. */
  private static List<Finding> distinct(List<Finding> findings) {
    return new ArrayList<>(new java.util.LinkedHashSet<>(findings));
  }

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
    Progress progress = request.progress();
    try {
      return analyse(request, read(request, progress));
    } finally {
      progress.finished();
    }
  }

  /**
   * The workspace of a request without running rules, for commands that analyse it (access summary,
   * simulation).
   *
   * @throws IllegalArgumentException when a path of the request does not exist
   */
  public static Workspace workspace(LintRequest request) {
    return read(request, Progress.NONE).builder().workspace();
  }

  /**
   * The files the walk of {@code request}'s paths finds: the named files and what the folders hold,
   * excludes applied. Files their templates include are known only once the templates are read: a
   * run's {@link LintResult#included()}.
   */
  public static List<Path> files(LintRequest request) {
    return new FileCollector(request).collect(request.paths());
  }

  /** The engine's own rules, which no rule pack provides: their findings come from the core. */
  public static List<Rule> engineRules() {
    return List.of(
        new ParseErrorRule(), new LimitExceededRule(), new AnalysisTimeoutRule(), new InternalErrorRule(), new DuplicateKeyRule(),
        new SuppressionWithoutReasonRule(), new UnusedSuppressionRule());
  }

  private static List<LoadOutcome> load(
      List<Path> paths, FileCollector collector, SourceLoader loader, Progress progress, LintRequest request) {
    int total = paths.size();
    if (progress != Progress.NONE) {
      progress.filesFound(total);
    }
    AtomicInteger done = new AtomicInteger();
    return Parallel.map(paths, request.threads(), path -> {
      LoadOutcome outcome = guarded(request, collector.display(path), () -> loader.load(path, collector.display(path)));
      if (progress != Progress.NONE) {
        progress.fileRead(done.incrementAndGet(), total);
      }
      return outcome;
    });
  }

  /** Reading one file within the run's limits: what escapes it is a problem of that file. */
  private static LoadOutcome guarded(LintRequest request, String displayPath, java.util.function.Supplier<LoadOutcome> load) {
    FileWork.Result<LoadOutcome> read = FileWork.run(request.config().limits(), Location.ofFile(displayPath), load);
    return read.failure().<LoadOutcome>map(LoadOutcome.Failed::new).orElseGet(read::value);
  }

  /** At most the run's limit of files: a walk that finds more reads the first ones and says where it stopped. */
  private static List<Path> withinLimit(List<Path> paths, FileCollector collector, LintRequest request, List<SourceProblem> problems) {
    int limit = request.config().limits().count(Limits.Limit.FILES);
    if (paths.size() <= limit) {
      return paths;
    }
    String first = collector.display(paths.get(limit));
    problems.add(new LimitExceeded(Limits.Limit.FILES, limit, "the paths hold " + paths.size() + " files, this one and those after it not read", null)
        .toProblem(Location.ofFile(first)));
    return paths.subList(0, limit);
  }

  /**
   * The rules run once per variant of the undecided conditions of the templates (at most 8), each
   * variant on a workspace and analysis of its own. The first variant runs alone, its elements side by
   * side, and fills the memo; the others, which mostly find their analyses there, then run side by side.
   */
  private static List<List<Finding>> findingsPerVariant(
      List<Rule> rules, WorkspaceBuilder builder, RunVariants variants, io.github.apigwlint.config.Config config, int threads,
      VariantsMemo memo, List<String> details) {
    Function<Integer, List<Finding>> findings = v -> {
      List<Finding> found = new ArrayList<>();
      Workspace workspace = builder.workspace(v, new ArrayList<>());
      new RuleEngine(rules, workspace, config, found, memo, threads, details).run(workspace);
      return distinct(found);
    };
    List<List<Finding>> perVariant = new ArrayList<>();
    perVariant.add(findings.apply(0));
    perVariant.addAll(Parallel.map(IntStream.range(1, variants.count()).boxed().toList(), threads, findings));
    return perVariant;
  }

  /** What the files of a request gave: the workspace builder, what could not be read, and the files templates named. */
  private record Read(
      WorkspaceBuilder builder, Map<String, SourceFile> files, List<String> notes, List<SourceProblem> problems, List<Path> included) {}

  private static Read read(LintRequest request, Progress progress) {
    FileCollector collector = new FileCollector(request);
    List<Path> found = collector.collect(request.paths());
    if (!collector.missing().isEmpty()) {
      throw new IllegalArgumentException("no such file or folder: " + collector.missing().get(0));
    }
    List<SourceProblem> problems = new ArrayList<>(collector.problems());
    List<Path> paths = withinLimit(found, collector, request, problems);
    List<LoadOutcome> outcomes = load(paths, collector, new SourceLoader(), progress, request);
    List<String> notes = new ArrayList<>(collector.notes());
    Map<Path, LoadOutcome> read = new LinkedHashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      read.put(paths.get(i), outcomes.get(i));
    }
    for (LintRequest.Document document : request.documents()) {
      Path path = request.workingDirectory().resolve(document.name()).normalize();
      read.put(path, guarded(request, collector.display(path), () -> new SourceLoader().load(path, collector.display(path), document.content())));
    }
    List<Path> checked = request.paths().stream().map(p -> request.workingDirectory().resolve(p).normalize()).toList();
    IncludedFiles snippets = new IncludedFiles(checked, read, collector::display);
    Map<String, SourceFile> files = new LinkedHashMap<>();
    Map<String, SourceFile> included = new LinkedHashMap<>();
    for (var entry : read.entrySet()) {
      String displayPath = collector.display(entry.getKey());
      LoadOutcome outcome = entry.getValue();
      if (outcome instanceof LoadOutcome.Loaded loaded) {
        SourceFile file = loaded.file();
        if (file.format() == Format.UNKNOWN) {
          notes.add(displayPath + ": skipped, not " + Format.ANY_OF_OURS);
        } else {
          FileWork.Result<SourceFile> placed =
              FileWork.run(request.config().limits(), Location.ofFile(displayPath), () -> withIncludes(file, snippets, included));
          placed.failure().ifPresentOrElse(problems::add, () -> files.put(displayPath, placed.value()));
        }
      } else if (outcome instanceof LoadOutcome.Skipped skipped) {
        notes.add(displayPath + ": skipped, " + skipped.reason());
      } else if (outcome instanceof LoadOutcome.Failed failed) {
        problems.add(failed.problem());
      }
    }
    WorkspaceBuilder builder = new WorkspaceBuilder(request.config(), snippets);
    // an included file is part of the templates that include it, not an input of its own
    files.values().stream().filter(file -> !included.containsKey(file.displayPath())).forEach(builder::add);
    included.forEach(files::putIfAbsent);
    problems.addAll(builder.problems());
    problems.addAll(snippets.problems());
    problems.addAll(DuplicateKeys.of(files.values(), builder.workspace().policies()));
    Set<Path> beyondTheWalk = new LinkedHashSet<>(snippets.named());
    paths.forEach(beyondTheWalk::remove);
    return new Read(builder, files, notes, problems, List.copyOf(beyondTheWalk));
  }

  /** A template with its {@code AWS::Include} snippets in place, noting the files they came from. */
  private static SourceFile withIncludes(SourceFile file, IncludedFiles snippets, Map<String, SourceFile> included) {
    if (file.format() != Format.CLOUDFORMATION) {
      return file;
    }
    IncludeTransform.Applied applied = IncludeTransform.apply(file, snippets);
    applied.included().forEach(snippet -> included.put(snippet.displayPath(), snippet));
    return applied.template();
  }

  private LintResult analyse(LintRequest request, Read read) {
    WorkspaceBuilder builder = read.builder();
    Map<String, SourceFile> files = read.files();
    List<String> notes = read.notes();
    List<SourceProblem> problems = read.problems();
    List<Rule> rules = new ArrayList<>(registry.rules());
    rules.addAll(engineRules());
    List<Finding> findings = new ArrayList<>();
    VariantsMemo memo = new VariantsMemo();
    List<String> details = java.util.Collections.synchronizedList(new ArrayList<>());
    RuleEngine engine = new RuleEngine(rules, builder.workspace(), request.config(), findings, memo, request.threads(), details);
    engine.reportProblems(problems);
    RunVariants variants = builder.variants();
    if (variants.count() == 1) {
      engine.run(builder.workspace());
    } else {
      findings.addAll(VariantFindings.merge(findingsPerVariant(rules, builder, variants, request.config(), request.threads(), memo, details), variants));
    }
    // after the rules, one step: suppressions written in the files and the configuration
    List<Finding> aboutSuppressions = new ArrayList<>();
    Suppressor.Outcome suppressed =
        Suppressor.collect(files.values(), request.config())
            .apply(
                distinct(findings),
                rules.stream().map(Rule::info).toList(),
                engine.activeRules().stream().map(RuleInfo::id).collect(Collectors.toSet()),
                engine.contextFor(SuppressionWithoutReasonRule.ID, aboutSuppressions::add),
                engine.contextFor(UnusedSuppressionRule.ID, aboutSuppressions::add));
    ConstructPaths constructs = new ConstructPaths(files.values());
    List<Finding> reported = new ArrayList<>(suppressed.kept().stream().map(constructs::annotate).toList());
    reported.addAll(aboutSuppressions);
    reported.sort(ORDER);
    new LinkedHashSet<>(details).forEach(notes::add);
    if (suppressed.suppressed() > 0) {
      notes.add(suppressed.suppressed() + " finding(s) suppressed");
    }
    return new LintResult(reported, engine.activeRules(), files, notes, read.included());
  }
}
