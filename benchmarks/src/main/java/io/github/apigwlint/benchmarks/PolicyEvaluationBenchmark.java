package io.github.apigwlint.benchmarks;

import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.PolicyParser;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.source.JsonLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluations per second of a realistic 20-statement resource policy: grants to consumer roles and
 * accounts per path, an organisation-wide read grant, address and endpoint restrictions, and the
 * denies a private API carries. Requests alternate between one that a statement near the end
 * allows and one that a Deny stops.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PolicyEvaluationBenchmark {

  private static final ExpansionContext API = new ExpansionContext("aws", "us-east-1", "111111111111", "a1b2c3d4e5");

  private Policy policy;
  private Request allowed;
  private Request denied;

  @Setup
  public void parse() throws Exception {
    policy = PolicyParser.parse(JsonLoader.parse(twentyStatements(), "policy.json"), true);
    if (!policy.isValid() || policy.statements().size() != 20) {
      throw new IllegalStateException("benchmark policy is not the intended one: " + policy.problems());
    }
    Caller partner = Caller.roleSession("222222222222", "orders-reader", "s1").withOrgId("o-a1b2c3d4e5");
    allowed = new Request(partner, "execute-api:Invoke", API.arnPrefix() + "/prod/GET/orders/123",
        RequestContext.forCaller(partner).put("aws:SourceVpce", "vpce-0aaaaaaaaaaaaaaaa").put("aws:VpcSourceIp", "10.1.2.3"));
    denied = new Request(partner, "execute-api:Invoke", API.arnPrefix() + "/prod/DELETE/orders/123",
        RequestContext.forCaller(partner).put("aws:SourceVpce", "vpce-0ffffffffffffffff").put("aws:VpcSourceIp", "10.1.2.3"));
  }

  @Benchmark
  public Decision evaluateAllowed() {
    return PolicyEvaluator.evaluate(policy, allowed, API);
  }

  @Benchmark
  public Decision evaluateDenied() {
    return PolicyEvaluator.evaluate(policy, denied, API);
  }

  static String twentyStatements() {
    List<String> statements = new ArrayList<>();
    String[] services = {"orders", "payments", "catalog", "shipping", "reports", "users"};
    for (int i = 0; i < services.length; i++) {
      statements.add(allow("{\"AWS\":\"arn:aws:iam::" + (222222222222L + i) + ":role/" + services[i] + "-writer\"}",
          "execute-api:/prod/POST/" + services[i] + "/*", ""));
      statements.add(allow("{\"AWS\":[\"" + (333333333333L + i) + "\",\"arn:aws:iam::" + (444444444444L + i) + ":root\"]}",
          "execute-api:/prod/PUT/" + services[i] + "/*", ""));
    }
    statements.add(allow("\"*\"", "execute-api:/prod/GET/*", ",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}"));
    statements.add(allow("\"*\"", "execute-api:/prod/GET/health", ""));
    statements.add(allow("\"*\"", "execute-api:/beta/*", ",\"Condition\":{\"IpAddress\":{\"aws:VpcSourceIp\":[\"10.0.0.0/8\",\"172.16.0.0/12\"]}}"));
    statements.add(allow("{\"AWS\":\"*\"}", "execute-api:/prod/GET/reports/*",
        ",\"Condition\":{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/reporting-*\"}}"));
    statements.add(deny("execute-api:/*", "{\"StringNotEquals\":{\"aws:SourceVpce\":[\"vpce-0aaaaaaaaaaaaaaaa\",\"vpce-0bbbbbbbbbbbbbbbb\"]}}"));
    statements.add(deny("execute-api:/*/DELETE/*", "{\"StringNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::111111111111:role/admin-*\"}}"));
    statements.add(deny("execute-api:/prod/*", "{\"NotIpAddress\":{\"aws:VpcSourceIp\":[\"10.0.0.0/8\",\"192.168.0.0/16\"]}}"));
    statements.add(allow("{\"AWS\":\"arn:aws:iam::222222222222:role/orders-reader\"}", "execute-api:/prod/GET/orders/*", ""));
    return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
  }

  private static String allow(String principal, String resource, String condition) {
    return "{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"execute-api:Invoke\",\"Resource\":\""
        + resource + "\"" + condition + "}";
  }

  private static String deny(String resource, String condition) {
    return "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\",\"Resource\":\"" + resource
        + "\",\"Condition\":" + condition + "}";
  }
}
