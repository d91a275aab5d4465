package io.github.apigwlint.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.access.Callers;
import io.github.apigwlint.access.Simulation;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyParser;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.testutil.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Our evaluator against the peer iam-simulate (an AGPL tool, run only as an external process) on
 * generated cases. Runs only when asked ({@code -Dapigwlint.differential=true}) and when node and the
 * peers' node_modules are there; every disagreement must be explained by a row of
 * {@code differential-known-differences.tsv}.
 *
 * <p>{@code ./mvnw -B -o verify -pl linter-core -Dapigwlint.differential=true -Dtest=DifferentialTest}
 */
@EnabledIfSystemProperty(named = "apigwlint.differential", matches = "true")
class DifferentialTest {

  private static final int CASES = 6000;
  private static final long SEED = Long.getLong("apigwlint.differential.seed", 3L);
  private static final Pattern DECISION = Pattern.compile("\"decision\":\"(\\w+)\"");

  @Test
  void agreesWithIamSimulateOrTheDifferenceIsKnown() throws Exception {
    Path peers = Path.of(System.getProperty("apigwlint.peers", "../../shared/tools/peers")).toAbsolutePath().normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(peers.resolve("node_modules")),
        "no peers' node_modules at " + peers + " (run its setup.sh)");
    List<DifferentialCase> cases = new DifferentialCases(SEED).generate(CASES);
    List<String> theirs = runPeer(peers, cases);
    KnownDifferences known = KnownDifferences.load();

    int compared = 0;
    int agreed = 0;
    Map<String, Integer> excused = new LinkedHashMap<>();
    List<String> unexplained = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      DifferentialCase c = cases.get(i);
      String ours = ours(c);
      String peer = theirs.get(i);
      if (ours == null || peer == null) {
        continue;
      }
      compared++;
      if (ours.equals(peer)) {
        agreed++;
      } else {
        String reason = known.explain(c.features());
        if (reason == null) {
          unexplained.add(c.id() + ": ours " + ours + ", iam-simulate " + peer + "\n  " + c.toPeerJson());
        } else {
          excused.merge(reason, 1, Integer::sum);
        }
      }
    }
    String report = String.format("differential: %d cases, %d compared, %d agree (%.2f%%), %d known differences %s, %d unexplained",
        cases.size(), compared, agreed, 100.0 * agreed / compared, compared - agreed - unexplained.size(), excused, unexplained.size());
    System.out.println(report);
    Files.writeString(Path.of("target", "differential-report.txt"), report + "\n" + String.join("\n", unexplained) + "\n");
    assertThat(compared).isGreaterThanOrEqualTo(5000);
    assertThat(unexplained).as(report).isEmpty();
  }

  /** Our verdict in the peer's words, or null where ours is UNKNOWN. */
  private static String ours(DifferentialCase c) {
    Caller caller = c.principal().equals("anonymous") ? Caller.anonymous() : Callers.parse(c.principal()).orElseThrow();
    Policy resource = c.resourcePolicy() == null ? null : PolicyParser.parse(Json.parseExact(c.resourcePolicy()), true);
    List<Policy> identities = c.identityPolicies().stream().map(p -> PolicyParser.parse(Json.parseExact(p), false)).toList();
    Verdict verdict = new Simulation(resource, identities, caller, c.action(), c.resource(), c.context(), null).run().verdict();
    return switch (verdict) {
      case ALLOW -> "Allowed";
      case EXPLICIT_DENY -> "ExplicitlyDenied";
      case IMPLICIT_DENY -> "ImplicitlyDenied";
      case UNKNOWN -> null;
    };
  }

  /** All cases in one node process; one output line per case, null where the peer rejected it. */
  private static List<String> runPeer(Path peers, List<DifferentialCase> cases) throws IOException, InterruptedException {
    Path input = Files.createTempFile("apigw-differential", ".json");
    Files.writeString(input, "[" + String.join(",\n", cases.stream().map(DifferentialCase::toPeerJson).toList()) + "]");
    Process process = new ProcessBuilder("node", peers.resolve("iam-simulate.mjs").toString(), input.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output;
    try (InputStream out = process.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    Files.delete(input);
    List<String> decisions = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (!line.isBlank()) {
        Matcher m = DECISION.matcher(line);
        decisions.add(m.find() ? m.group(1) : null);
      }
    }
    assertThat(decisions).as("one line per case").hasSize(cases.size());
    return decisions;
  }
}
