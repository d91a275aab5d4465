package io.github.apigwlint.samoracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * SAM's own translator tests as an oracle ({@code ../shared/oracles/sam-translator}, or {@code
 * -Dapigwlint.samOracle=PATH}): for each pair, the SAM input read as SAM and the CloudFormation SAM
 * generated from it read as CloudFormation must give the same {@link OracleView}, and {@code check}
 * the same findings (rule and element). Every disagreement is explained by a row of {@code
 * sam-oracle-known-differences.tsv}; the report is written to {@code target/sam-oracle-report.txt}.
 * Skipped when the oracle is not there.
 */
class SamOracleTest {

  private static final Path KNOWN = Path.of("src/test/resources/sam-oracle-known-differences.tsv");

  /** Issue 14's goals, of 229 pairs. */
  private static final int AGREE_IGNORING_STAGES = 220;
  private static final int AGREE_WITH_STAGES = 200;

  @Test
  void samInputsReadAsWhatSamDeploys() throws IOException {
    Path oracle = Path.of(System.getProperty("apigwlint.samOracle", "../../shared/oracles/sam-translator")).toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isDirectory(oracle.resolve("input")), "SAM oracle " + oracle + " is absent: test skipped");
    KnownSamDifferences known = KnownSamDifferences.load(KNOWN);
    Linter linter = new Linter(RuleRegistry.load());

    List<String> pairs = pairs(oracle);
    int agreeIgnoringStages = 0;
    int agreeWithStages = 0;
    List<String> failures = new ArrayList<>();
    Set<String> used = new HashSet<>();
    TreeMap<String, Integer> explained = new TreeMap<>();
    List<String> unexplained = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (String pair : pairs) {
      Side sam = Side.read(linter, oracle.resolve("input").resolve(pair + ".yaml"));
      Side cfn = Side.read(linter, oracle.resolve("output").resolve(pair + ".json"));
      Stream.of(sam, cfn).flatMap(side -> side.findings().stream()).filter(f -> f.startsWith("internal-error "))
          .forEach(f -> failures.add(pair + ": " + f));
      List<String> disagreements = new ArrayList<>();
      boolean modelAgrees = sam.model().equals(cfn.model());
      boolean stagesAgree = sam.staged().equals(cfn.staged());
      if (modelAgrees) {
        agreeIgnoringStages++;
        if (stagesAgree) {
          agreeWithStages++;
        } else {
          disagreements.add(diff("stages", sam.staged(), cfn.staged()));
        }
      } else {
        disagreements.add(diff("model", sam.model(), cfn.model()));
      }
      for (String rule : oneSided(sam.findings(), cfn.findings())) {
        disagreements.add(diff("finding " + rule, only(sam.findings(), rule), only(cfn.findings(), rule)));
      }
      for (String disagreement : disagreements) {
        String aspect = disagreement.substring(0, disagreement.indexOf('\n'));
        String reason = known.reason(pair, aspect);
        if (reason == null) {
          unexplained.add(pair + " " + disagreement);
        } else {
          used.add(KnownSamDifferences.key(pair, aspect));
          explained.merge(aspect.startsWith("finding") ? "finding" : aspect, 1, Integer::sum);
        }
        report.append(pair).append(' ').append(disagreement).append(reason == null ? "  UNEXPLAINED\n" : "  known: " + reason + "\n");
      }
    }
    Set<String> stale = new TreeSet<>(known.reasons().keySet());
    stale.removeAll(used);
    String summary = String.format("SAM oracle: %d pairs, %d agree ignoring stage names, %d with them; explained %s; %d unexplained; %d stale rows",
        pairs.size(), agreeIgnoringStages, agreeWithStages, explained, unexplained.size(), stale.size());
    System.out.println(summary);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "sam-oracle-report.txt"), summary + "\n\n" + report);

    assertThat(pairs).hasSize(229);
    assertThat(failures).as("no file of the oracle makes apigw-lint fail").isEmpty();
    assertThat(unexplained).as(summary + ": explain each in " + KNOWN + " or fix it").isEmpty();
    assertThat(stale).as("rows of " + KNOWN + " that explain nothing any more").isEmpty();
    assertThat(agreeIgnoringStages).as(summary).isGreaterThanOrEqualTo(AGREE_IGNORING_STAGES);
    assertThat(agreeWithStages).as(summary).isGreaterThanOrEqualTo(AGREE_WITH_STAGES);
  }

  private static List<String> pairs(Path oracle) throws IOException {
    try (Stream<Path> inputs = Files.list(oracle.resolve("input"))) {
      return inputs.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".yaml"))
          .map(name -> name.substring(0, name.length() - ".yaml".length()))
          .filter(name -> Files.isRegularFile(oracle.resolve("output").resolve(name + ".json")))
          .sorted()
          .toList();
    }
  }

  /** The rules with findings on one side only, or on both but about different elements. */
  private static Set<String> oneSided(Set<String> sam, Set<String> cfn) {
    Set<String> rules = new TreeSet<>();
    for (String finding : sam) {
      if (!cfn.contains(finding)) {
        rules.add(finding.substring(0, finding.indexOf(' ')));
      }
    }
    for (String finding : cfn) {
      if (!sam.contains(finding)) {
        rules.add(finding.substring(0, finding.indexOf(' ')));
      }
    }
    return rules;
  }

  private static List<String> only(Set<String> findings, String rule) {
    return findings.stream().filter(f -> f.startsWith(rule + " ")).toList();
  }

  private static String diff(String aspect, List<String> sam, List<String> cfn) {
    Set<String> onlySam = new TreeSet<>(sam);
    onlySam.removeAll(cfn);
    Set<String> onlyCfn = new TreeSet<>(cfn);
    onlyCfn.removeAll(sam);
    return aspect + "\n" + onlySam.stream().map(l -> "    sam: " + l + "\n").collect(Collectors.joining())
        + onlyCfn.stream().map(l -> "    cfn: " + l + "\n").collect(Collectors.joining());
  }

  /** What one file of a pair gives. */
  private record Side(List<String> model, List<String> staged, Set<String> findings) {

    static Side read(Linter linter, Path file) {
      LintRequest request = new LintRequest(List.of(file), Config.defaults(), file.getParent()).withThreads(1);
      Workspace workspace = Linter.workspace(request);
      Set<String> findings = new TreeSet<>();
      for (Finding finding : linter.run(request).findings()) {
        findings.add(finding.ruleId() + " " + finding.subject().kind() + " " + OracleView.logicalId(finding.subject().element())
            + (finding.subject().kind().name().equals("METHOD") || finding.subject().kind().name().equals("STAGE") ? " " + finding.subject().path() : ""));
      }
      return new Side(OracleView.of(workspace, false).lines(), OracleView.of(workspace, true).lines(), findings);
    }
  }
}
