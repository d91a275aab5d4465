package io.github.apigwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.Headlines;
import io.github.apigwlint.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Lints the whole shared corpus ({@code ../shared/corpus}, or {@code -Dapigwlint.corpus=PATH}) as one
 * run and compares the findings, one sorted line per finding, with the reviewed snapshot {@code
 * snapshot/corpus-findings.tsv}. Regenerate with {@code -Dapigwlint.updateSnapshot=true} and review
 * the diff. Skipped when the corpus is not there.
 */
class CorpusSnapshotTest {

  private static final Path SNAPSHOT = Path.of("src/test/resources/snapshot/corpus-findings.tsv");

  @Test
  void corpusFindingsMatchTheReviewedSnapshot() throws IOException {
    Path corpus = Path.of(System.getProperty("apigwlint.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus folder " + corpus + " is absent: snapshot test skipped");
    LintResult result = new Linter(RuleRegistry.load()).run(new LintRequest(List.of(corpus), Config.defaults(), corpus));
    List<String> lines = result.findings().stream().map(CorpusSnapshotTest::line).sorted().distinct().toList();
    String actual = "# file\tline\trule\tseverity\tmessage\n" + String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("apigwlint.updateSnapshot")) {
      Files.writeString(SNAPSHOT, actual);
    }
    assertThat(lines).as("no rule fails on the corpus").noneMatch(l -> l.contains("internal error"));
    FindingIdentities.assertUnique(result.findings());
    assertThat(actual).as("run with -Dapigwlint.updateSnapshot=true and review the diff").isEqualTo(Files.readString(SNAPSHOT));
  }

  /** The message column shows the variant and the CDK construct after the message, as the text report does. */
  private static String line(Finding f) {
    String message = Headlines.of(f).replace('\t', ' ').replace('\n', ' ');
    return f.location().file() + "\t" + f.location().line() + "\t" + f.ruleId() + "\t" + f.severity() + "\t" + message;
  }
}
