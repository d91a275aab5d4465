package io.github.apigwlint.policy;

import static io.github.apigwlint.testutil.Fixtures.API;
import static io.github.apigwlint.testutil.Fixtures.arn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Spelling;
import io.github.apigwlint.source.Symbols;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vectors of §12.1. */
class ArnTest {

  private static final Location AT = new Location("p.json", 3, 7);

  private static Tri resourceMatches(String resource, String requestArn) {
    String expanded = ExecuteApiArn.expand(resource, API);
    return Glob.of(expanded).matches(requestArn);
  }

  private static List<ArnIssue.Kind> kinds(String resource) {
    return ExecuteApiArn.check(resource, AT, "aws", Spelling.CLOUDFORMATION).stream().map(ArnIssue::kind).toList();
  }

  @Test
  void tv01_requestArnConstruction() {
    assertThat(ExecuteApiArn.requestArn(API, "prod", "GET", "/pets/a1b2")).isEqualTo(arn("prod/GET/pets/a1b2"));
  }

  @Test
  void tv02_wildcardOverAParameter_matches() {
    assertThat(resourceMatches("arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/*/GET/pets/*",
        arn("prod/GET/pets/a1b2"))).isEqualTo(Tri.TRUE);
  }

  @Test
  void tv03_pathTemplateLeftInArn_noMatchAndFinding() {
    assertThat(resourceMatches(arn("prod/GET/pets/{petId}"), arn("prod/GET/pets/a1b2"))).isEqualTo(Tri.FALSE);
    assertThat(kinds(arn("prod/GET/pets/{petId}"))).containsExactly(ArnIssue.Kind.PATH_TEMPLATE);
    assertThat(kinds("execute-api:/*/GET/{proxy+}")).containsExactly(ArnIssue.Kind.PATH_TEMPLATE);
  }

  @Test
  void tv04_rootResource() {
    String request = ExecuteApiArn.requestArn(API, "prod", "GET", "/");
    assertThat(request).isEqualTo(arn("prod/GET/"));
    assertThat(resourceMatches(arn("prod/GET/"), request)).isEqualTo(Tri.TRUE);
    assertThat(resourceMatches(arn("prod/GET//"), request)).isEqualTo(Tri.FALSE);
    assertThat(kinds(arn("prod/GET//"))).containsExactly(ArnIssue.Kind.DOUBLE_SLASH);
    assertThat(kinds(arn("prod/GET/"))).isEmpty();
  }

  @Test
  void tv05_starSpansSlashes() {
    assertThat(resourceMatches(arn("prod/*"), ExecuteApiArn.requestArn(API, "prod", "POST", "/a/b/c")))
        .isEqualTo(Tri.TRUE);
  }

  @Test
  void tv06_shorthandExpansion() {
    var context = new ExpansionContext("aws", "us-east-2", "123456789012", "aabbccddee");
    assertThat(ExecuteApiArn.expand("execute-api:/stage-name/GET/pets", context))
        .isEqualTo("arn:aws:execute-api:us-east-2:123456789012:aabbccddee/stage-name/GET/pets");
  }

  @Test
  void tv07_shorthandStarCoversOnlyThisApi() {
    assertThat(resourceMatches("execute-api:/*", arn("anything/GET/x"))).isEqualTo(Tri.TRUE);
    assertThat(resourceMatches("execute-api:/*", "arn:aws:execute-api:us-east-1:111111111111:zzzzzzzzzz/prod/GET/x"))
        .isEqualTo(Tri.FALSE);
  }

  @Test
  void tv08_webSocketRouteArns() {
    Policy policy = io.github.apigwlint.testutil.Fixtures.identityPolicy("""
        {"Effect":"Allow","Action":"execute-api:Invoke","Resource":"%s"},
        {"Effect":"Deny","Action":"execute-api:Invoke","Resource":"%s"},
        {"Effect":"Deny","Action":"execute-api:ManageConnections",
         "Resource":"arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/*"}
        """.formatted(arn("prod/*"), arn("prod/secret")));
    var caller = io.github.apigwlint.testutil.Fixtures.ALICE;
    assertThat(PolicyEvaluator.evaluate(policy, Request.invoke(caller, arn("prod/sendmessage")), null).verdict())
        .isEqualTo(Verdict.ALLOW);
    assertThat(PolicyEvaluator.evaluate(policy, Request.invoke(caller, arn("prod/secret")), null).verdict())
        .isEqualTo(Verdict.EXPLICIT_DENY);
    Request manage = new Request(caller, "execute-api:ManageConnections", arn("prod/POST/@connections"),
        RequestContext.forCaller(caller));
    assertThat(PolicyEvaluator.evaluate(policy, manage, null).verdict()).isEqualTo(Verdict.EXPLICIT_DENY);
  }

  @Test
  void tv09_controlPlaneArnInInvokePolicy_neverMatchesAndFinding() {
    String resource = "arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5";
    assertThat(resourceMatches(resource, arn("prod/GET/pets"))).isEqualTo(Tri.FALSE);
    assertThat(kinds(resource)).containsExactly(ArnIssue.Kind.WRONG_SERVICE);
  }

  @Test
  void tv10_partitionMismatch() {
    var china = new ExpansionContext("aws-cn", "cn-north-1", "111111111111", "a1b2c3d4e5");
    String request = ExecuteApiArn.requestArn(china, "prod", "GET", "/x");
    String resource = "arn:aws:execute-api:cn-north-1:111111111111:a1b2c3d4e5/*";
    assertThat(Glob.of(resource).matches(request)).isEqualTo(Tri.FALSE);
    assertThat(ExecuteApiArn.check(resource, AT, "aws-cn", Spelling.CLOUDFORMATION)).extracting(ArnIssue::kind)
        .containsExactly(ArnIssue.Kind.PARTITION_MISMATCH);
  }

  @Test
  void tv11_wildcardInServiceSegment() {
    assertThat(kinds("arn:aws:execute-*:us-east-1:111111111111:*")).containsExactly(ArnIssue.Kind.WILDCARD_IN_SERVICE);
  }

  @Test
  void badVerbAndTrailingSlash() {
    assertThat(kinds(arn("prod/FETCH/pets"))).containsExactly(ArnIssue.Kind.BAD_VERB);
    assertThat(kinds(arn("prod/get/pets"))).containsExactly(ArnIssue.Kind.BAD_VERB);
    assertThat(kinds(arn("prod/P*/pets"))).isEmpty();
    assertThat(kinds(arn("prod/HEAD/pets/"))).containsExactly(ArnIssue.Kind.TRAILING_SLASH);
    assertThat(ExecuteApiArn.check(arn("prod/GET/pets/"), AT, null, Spelling.CLOUDFORMATION).get(0).severity())
        .isEqualTo(ArnIssue.Severity.WARNING);
    assertThat(kinds("not an arn")).containsExactly(ArnIssue.Kind.MALFORMED);
  }

  @Test
  void arnParseKeepsSymbolsWhole() {
    String text = "arn:aws:execute-api:" + Symbols.REGION + ":" + Symbols.SELF_ACCOUNT + ":id/prod/GET/a:b";
    Arn parsed = Arn.parse(text).orElseThrow();
    assertThat(parsed.region()).isEqualTo(Symbols.REGION);
    assertThat(parsed.account()).isEqualTo(Symbols.SELF_ACCOUNT);
    assertThat(parsed.resource()).isEqualTo("id/prod/GET/a:b");
    var api = ExecuteApiArn.parse(text).orElseThrow();
    assertThat(api.apiId()).isEqualTo("id");
    assertThat(api.verb()).isEqualTo("GET");
    assertThat(api.path()).isEqualTo("a:b");
    assertThat(Arn.parse("arn:aws:iam")).isEmpty();
  }
}
