package io.github.apigwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.Headlines;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rules.CorpusReview.Key;
import io.github.apigwlint.rules.CorpusReview.Row;
import io.github.apigwlint.rules.CorpusReview.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints the whole shared corpus ({@code ../shared/corpus}, or {@code -Dapigwlint.corpus=PATH}) once and
 * compares the findings, one sorted line per finding, with the reviewed snapshot {@code
 * snapshot/corpus-findings.tsv}, and every finding with its reviewed verdict in {@code
 * corpus-review.tsv}. Regenerate the snapshot with {@code -Dapigwlint.updateSnapshot=true} and review
 * the diff; the review file is written by hand. Skipped when the corpus is not there.
 */
class CorpusSnapshotTest {

  private static final Path SNAPSHOT = Path.of("src/test/resources/snapshot/corpus-findings.tsv");
  private static final Path REVIEW = Path.of("src/test/resources/corpus-review.tsv");

  /** Issue 10's goal: at most 2 false findings in 100. */
  private static final double FALSE_FINDINGS_GOAL = 0.02;

  private static List<Finding> corpusFindings;

  @Test
  void corpusFindingsMatchTheReviewedSnapshot() throws IOException {
    List<String> lines = corpusFindings().stream().map(CorpusSnapshotTest::line).sorted().distinct().toList();
    String actual = "# file\tline\trule\tseverity\tmessage\n" + String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("apigwlint.updateSnapshot")) {
      Files.writeString(SNAPSHOT, actual);
    }
    assertThat(lines).as("no rule fails on the corpus").noneMatch(l -> l.contains("internal error"));
    FindingIdentities.assertUnique(corpusFindings());
    assertThat(actual).as("run with -Dapigwlint.updateSnapshot=true and review the diff").isEqualTo(Files.readString(SNAPSHOT));
  }

  @Test
  void everyCorpusFindingHasAReviewedVerdictAndEveryVerdictAFinding() throws IOException {
    Map<Key, List<Finding>> findings = byKey(corpusFindings());
    Map<Key, Row> rows = CorpusReview.read(REVIEW).rows();
    String missing = findings.entrySet().stream()
        .filter(e -> !rows.containsKey(e.getKey()))
        .map(e -> e.getKey().tsv() + "\t?\t" + message(e.getValue().get(0)))
        .collect(Collectors.joining("\n"));
    String stale = rows.values().stream()
        .filter(row -> !findings.containsKey(row.key()))
        .map(Row::tsv)
        .collect(Collectors.joining("\n"));
    String problems = (missing.isEmpty() ? "" : "findings without a row (add them, set the verdict TP or FP, and write why in place of the message):\n" + missing + "\n")
        + (stale.isEmpty() ? "" : "rows that match no finding any more (remove them):\n" + stale + "\n");
    assertThat(problems).as("the review %s must have one row per file, line and rule of the corpus findings", REVIEW).isEmpty();
  }

  @Test
  void atMostTwoFindingsInAHundredAreFalse() throws IOException {
    List<Finding> findings = corpusFindings();
    Map<Key, Row> falseRows = new TreeMap<>(CorpusReview.read(REVIEW).rows());
    falseRows.values().removeIf(row -> row.verdict() != Verdict.FP);
    long falseFindings = findings.stream().filter(f -> falseRows.containsKey(Key.of(f))).count();
    long allowed = (long) Math.floor(findings.size() * FALSE_FINDINGS_GOAL);
    String known = falseRows.values().stream().map(Row::tsv).collect(Collectors.joining("\n"));
    assertThat(falseFindings)
        .as("%d of %d corpus findings are reviewed as false; at most %d may be:%n%s", falseFindings, findings.size(), allowed, known)
        .isLessThanOrEqualTo(allowed);
  }

  @Test
  void aRunOnOneThreadFindsExactlyWhatARunOnTwoFinds() {
    List<Finding> onTwo = corpusFindings();
    List<Finding> onOne = new Linter(RuleRegistry.load()).run(corpusRequest().withThreads(1)).findings();

    assertThat(onOne).as("the same findings, in the same order, with the same details").isEqualTo(onTwo);
  }

  /**
   * The fault isolation test: files built to crash, hang or exhaust a linter, beside the corpus in one
   * run, give findings of their own and change none of the corpus's.
   */
  @Test
  void hostileFilesBesideTheCorpusChangeNoneOfItsFindings(@TempDir Path hostile) throws IOException {
    List<Finding> alone = corpusFindings();
    List<Path> files = HostileInputs.writeInto(hostile);
    LintRequest corpus = corpusRequest();
    List<Path> paths = List.of(corpus.paths().get(0), hostile);
    List<Finding> together = new Linter(RuleRegistry.load())
        .run(new LintRequest(paths, Config.defaults(), corpus.workingDirectory()).withThreads(2)).findings();

    String marker = hostile.getFileName().toString();
    Map<Boolean, List<Finding>> byOrigin = together.stream().collect(Collectors.partitioningBy(f -> f.location().file().contains(marker)));
    assertThat(files).hasSizeGreaterThanOrEqualTo(50);
    assertThat(byOrigin.get(false)).as("the corpus's findings, as in a run of the corpus alone").isEqualTo(alone);
    assertThat(byOrigin.get(true)).as("no hostile file makes apigw-lint fail").noneMatch(f -> f.ruleId().equals("internal-error"));
    Set<String> reported = byOrigin.get(true).stream().map(f -> f.location().file()).collect(Collectors.toSet());
    assertThat(files.stream().map(file -> hostile.relativize(file).toString()))
        .as("every hostile file but a well-formed template and the template its CDK manifest names has a finding")
        .filteredOn(name -> !Set.of("repeated-long-keys.json", "cdk.out/Stack.template.json").contains(name))
        .allSatisfy(name -> assertThat(reported).anyMatch(file -> file.endsWith(marker + "/" + name)));
  }

  /** One run over the corpus, on two threads, serves every test of this class. */
  private static synchronized List<Finding> corpusFindings() {
    if (corpusFindings == null) {
      corpusFindings = new Linter(RuleRegistry.load()).run(corpusRequest().withThreads(2)).findings();
    }
    return corpusFindings;
  }

  private static LintRequest corpusRequest() {
    Path corpus = Path.of(System.getProperty("apigwlint.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus folder " + corpus + " is absent: snapshot test skipped");
    return new LintRequest(List.of(corpus), Config.defaults(), corpus);
  }

  private static Map<Key, List<Finding>> byKey(List<Finding> findings) {
    return findings.stream().collect(Collectors.groupingBy(Key::of, TreeMap::new, Collectors.toList()));
  }

  private static String line(Finding f) {
    return f.location().file() + "\t" + f.location().line() + "\t" + f.ruleId() + "\t" + f.severity() + "\t" + message(f);
  }

  /** The variant and the CDK construct follow the message, as the text report shows them. */
  private static String message(Finding f) {
    return Headlines.of(f).replace('\t', ' ').replace('\n', ' ');
  }
}
