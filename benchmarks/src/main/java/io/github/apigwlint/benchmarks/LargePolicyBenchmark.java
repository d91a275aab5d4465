package io.github.apigwlint.benchmarks;

import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.PolicyParser;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.source.JsonLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How evaluation time grows with the size of a policy: a request that no statement matches reads
 * every statement, so 32 times the statements should take about 32 times as long (linear), far from
 * the ~1000 times a quadratic evaluator would take.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LargePolicyBenchmark {

  private static final ExpansionContext API = new ExpansionContext("aws", "us-east-1", "111111111111", "a1b2c3d4e5");

  @Param({"1000", "32000"})
  public int statements;

  private Policy policy;
  private Request unmatched;

  @Setup
  public void parse() throws Exception {
    policy = PolicyParser.parse(JsonLoader.parse(policy(statements), "policy.json"), true);
    Caller nobody = Caller.roleSession("999999999999", "nobody", "s");
    unmatched = Request.invoke(nobody, API.arnPrefix() + "/prod/GET/other");
  }

  @Benchmark
  public Decision evaluateUnmatched() {
    return PolicyEvaluator.evaluate(policy, unmatched, API);
  }

  private static String policy(int count) {
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statements.add("{\"Sid\":\"S" + i + "\",\"Effect\":\"" + (i % 7 == 0 ? "Deny" : "Allow")
          + "\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + String.format("%012d", 100_000_000_000L + i) + ":role/r" + i
          + "\"},\"Action\":\"execute-api:Invoke\",\"Resource\":\"execute-api:/prod/GET/item" + i
          + "/*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10." + (i % 250) + ".0.0/16\"}}}");
    }
    return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
  }
}
