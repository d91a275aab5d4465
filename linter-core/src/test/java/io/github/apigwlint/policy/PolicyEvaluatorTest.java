package io.github.apigwlint.policy;

import static io.github.apigwlint.testutil.Fixtures.ALICE;
import static io.github.apigwlint.testutil.Fixtures.API;
import static io.github.apigwlint.testutil.Fixtures.BOB;
import static io.github.apigwlint.testutil.Fixtures.arn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.source.Symbols;
import io.github.apigwlint.testutil.Fixtures;
import io.github.apigwlint.testutil.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluation vectors of §12.7. */
class PolicyEvaluatorTest {

  private static Verdict verdict(Policy policy, Caller caller, String resource) {
    return PolicyEvaluator.evaluate(policy, Request.invoke(caller, resource), API).verdict();
  }

  private static Policy identity(String version, String resource) {
    String versionEntry = version == null ? "" : "\"Version\":\"" + version + "\",";
    return PolicyParser.parse(Json.parseExact("{" + versionEntry + "\"Statement\":{\"Effect\":\"Allow\","
        + "\"Action\":\"execute-api:Invoke\",\"Resource\":\"" + resource + "\"}}"), false);
  }

  @Test
  void tv78_denyWins() {
    Policy policy = Fixtures.identityPolicy("{'Effect':'Allow','Action':'execute-api:*','Resource':'*'},"
        + "{'Sid':'NoProd','Effect':'Deny','Action':'execute-api:Invoke','Resource':'" + arn("prod/*") + "'}");
    Decision decision = PolicyEvaluator.evaluate(policy, Request.invoke(ALICE, arn("prod/GET/x")), null);
    assertThat(decision.verdict()).isEqualTo(Verdict.EXPLICIT_DENY);
    assertThat(decision.deciding()).extracting(Statement::label).containsExactly("statement NoProd");
  }

  @Test
  void tv79_actionIsCaseInsensitive() {
    Policy policy = Fixtures.identityPolicy("{'Effect':'Allow','Action':'EXECUTE-API:invoke','Resource':'*'}");
    assertThat(verdict(policy, ALICE, arn("prod/GET/x"))).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void tv91_variablesNeedVersion20121017() {
    String resource = arn("prod/GET/users/${aws:username}");
    String request = arn("prod/GET/users/alice");
    assertThat(verdict(identity("2012-10-17", resource), ALICE, request)).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(identity("2008-10-17", resource), ALICE, request)).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(verdict(identity(null, resource), ALICE, request)).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv92_variableForARoleSessionIsUnresolved() {
    Caller session = Caller.roleSession(Fixtures.OWNER, "dev", "alice");
    assertThat(verdict(identity("2012-10-17", arn("prod/GET/users/${aws:username}")), session, arn("prod/GET/users/alice")))
        .isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv94_defaultValue() {
    Policy policy = identity("2012-10-17", arn("prod/GET/teams/${aws:PrincipalTag/team, 'shared'}"));
    assertThat(verdict(policy, ALICE, arn("prod/GET/teams/shared"))).isEqualTo(Verdict.ALLOW);
    Caller tagged = ALICE.withTags(Map.of("team", "blue"));
    assertThat(verdict(policy, tagged, arn("prod/GET/teams/blue"))).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(policy, tagged, arn("prod/GET/teams/shared"))).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv98_notActionWithAllow() {
    Policy policy = Fixtures.resourcePolicy(
        "{'Effect':'Allow','Principal':'*','NotAction':'execute-api:InvalidateCache','Resource':'execute-api:/*'}");
    assertThat(verdict(policy, Caller.anonymous(), arn("prod/GET/x"))).isEqualTo(Verdict.ALLOW);
    Request invalidate = new Request(Caller.anonymous(), "execute-api:InvalidateCache", arn("prod/GET/x"),
        RequestContext.empty());
    assertThat(PolicyEvaluator.evaluate(policy, invalidate, API).verdict()).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv99_notResourceWithDeny() {
    Policy policy = Fixtures.resourcePolicy(
        "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*'},"
        + "{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke','NotResource':'execute-api:/prod/*'}");
    assertThat(verdict(policy, Caller.anonymous(), arn("beta/GET/x"))).isEqualTo(Verdict.EXPLICIT_DENY);
    assertThat(verdict(policy, Caller.anonymous(), arn("prod/GET/x"))).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void tv101_principalEquivalences() {
    String statement = "{'Effect':'Allow','Principal':%s,'Action':'execute-api:Invoke','Resource':'*'}";
    for (String star : new String[] {"'*'", "{'AWS':'*'}"}) {
      Policy policy = Fixtures.resourcePolicy(statement.formatted(star));
      assertThat(verdict(policy, Caller.anonymous(), arn("prod/GET/x"))).isEqualTo(Verdict.ALLOW);
      assertThat(verdict(policy, BOB, arn("prod/GET/x"))).isEqualTo(Verdict.ALLOW);
    }
    for (String account : new String[] {"{'AWS':'222222222222'}", "{'AWS':'arn:aws:iam::222222222222:root'}"}) {
      Policy policy = Fixtures.resourcePolicy(statement.formatted(account));
      assertThat(verdict(policy, BOB, arn("prod/GET/x"))).isEqualTo(Verdict.ALLOW);
      assertThat(verdict(policy, Caller.roleSession(Fixtures.OTHER, "r", "s"), arn("prod/GET/x"))).isEqualTo(Verdict.ALLOW);
      assertThat(verdict(policy, ALICE, arn("prod/GET/x"))).isEqualTo(Verdict.IMPLICIT_DENY);
      assertThat(verdict(policy, Caller.anonymous(), arn("prod/GET/x"))).isEqualTo(Verdict.IMPLICIT_DENY);
    }
  }

  @Test
  void rolePrincipalMatchesItsSessionsOnly() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::222222222222:role/r'},"
        + "'Action':'execute-api:Invoke','Resource':'*'}");
    assertThat(verdict(policy, Caller.roleSession(Fixtures.OTHER, "r", "s1"), arn("prod/GET/x"))).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(policy, Caller.roleSession(Fixtures.OTHER, "q", "s1"), arn("prod/GET/x"))).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(verdict(policy, BOB, arn("prod/GET/x"))).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void notPrincipalWithDenyDeniesEveryoneElse() {
    Policy policy = Fixtures.resourcePolicy(
        "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'*'},"
        + "{'Effect':'Deny','NotPrincipal':{'AWS':'arn:aws:iam::111111111111:user/alice'},'Action':'execute-api:Invoke','Resource':'*'}");
    assertThat(policy.problems()).isEmpty();
    assertThat(verdict(policy, ALICE, arn("prod/GET/x"))).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(policy, BOB, arn("prod/GET/x"))).isEqualTo(Verdict.EXPLICIT_DENY);
    assertThat(verdict(policy, Caller.anonymous(), arn("prod/GET/x"))).isEqualTo(Verdict.EXPLICIT_DENY);
  }

  @Test
  void tv104_unresolvedVariableInResourceMatchesNothing() {
    Policy policy = identity("2012-10-17", arn("prod/*/${aws:PrincipalTag/missing}"));
    assertThat(verdict(policy, ALICE, arn("prod/GET/x"))).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(verdict(policy, ALICE, arn("prod/GET/"))).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  /**
   * The reference (§7.5) makes the ARN match nothing, so a NotResource statement would apply to all;
   * AWS warns that such a variable "might cause the entire statement to be invalid". Found by the
   * differential test (iam-simulate drops the statement): kept UNKNOWN.
   */
  @Test
  void unresolvedVariableInNotResourceIsUnknown() {
    Policy policy = Fixtures.identityPolicy("{'Effect':'Deny','Action':'execute-api:Invoke','NotResource':'"
        + arn("prod/GET/users/${aws:username}") + "'},{'Effect':'Allow','Action':'*','Resource':'*'}");
    Caller session = Caller.roleSession(Fixtures.OWNER, "dev", "alice");
    assertThat(verdict(policy, session, arn("prod/GET/pets"))).isEqualTo(Verdict.UNKNOWN);
    assertThat(verdict(policy, ALICE, arn("prod/GET/pets"))).as("resolved for users").isEqualTo(Verdict.EXPLICIT_DENY);
  }

  @Test
  void opaqueAllowWithoutDenyIsUnknown_opaqueDenyBlocksCertainty() {
    String opaque = Symbols.opaque("param AllowedVpce");
    Policy maybeAllow = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'*','Condition':{'StringEquals':{'aws:SourceVpce':'" + opaque + "'}}}");
    Request viaVpce = new Request(Caller.anonymous(), "execute-api:Invoke", arn("prod/GET/x"),
        RequestContext.empty().put("aws:SourceVpce", "vpce-1"));
    Decision decision = PolicyEvaluator.evaluate(maybeAllow, viaVpce, API);
    assertThat(decision.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(decision.possible()).containsExactlyInAnyOrder(Verdict.ALLOW, Verdict.IMPLICIT_DENY);
    assertThat(decision.undetermined()).hasSize(1);

    Policy allowAndMaybeDeny = Fixtures.resourcePolicy(
        "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'*'},"
        + "{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke','Resource':'*',"
        + "'Condition':{'StringNotEquals':{'aws:SourceVpce':'" + opaque + "'}}}");
    Decision blocked = PolicyEvaluator.evaluate(allowAndMaybeDeny, viaVpce, API);
    assertThat(blocked.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(blocked.possible()).containsExactlyInAnyOrder(Verdict.ALLOW, Verdict.EXPLICIT_DENY);
  }

  @Test
  void brokenStatementThatMightApplyMakesVerdictUnknown() {
    Policy policy = Fixtures.resourcePolicy(
        "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'*'},"
        + "{'Effect':'deny','Principal':'*','Action':'execute-api:Invoke','Resource':'*'},"
        + "{'Effect':'Deny','Principal':'*','Action':'s3:GetObject'}");
    Decision decision = PolicyEvaluator.evaluate(policy, Request.invoke(ALICE, arn("prod/GET/x")), API);
    assertThat(decision.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(decision.undetermined()).extracting(Statement::index).containsExactly(1);
  }

  @Test
  void shorthandWithoutApiContextIsUnknown() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*'}");
    assertThat(PolicyEvaluator.evaluate(policy, Request.invoke(ALICE, arn("prod/GET/x")), null).verdict())
        .isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void symbolicApiMatchesItsOwnArnsExactly() {
    var api = new ExpansionContext(Symbols.PARTITION, Symbols.REGION, Symbols.SELF_ACCOUNT, Symbols.resource("Api"));
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/prod/*'}");
    String own = ExecuteApiArn.requestArn(api, "prod", "GET", "/x");
    assertThat(PolicyEvaluator.evaluate(policy, Request.invoke(Caller.anonymous(), own), api).verdict()).isEqualTo(Verdict.ALLOW);
    String beta = ExecuteApiArn.requestArn(api, "beta", "GET", "/x");
    assertThat(PolicyEvaluator.evaluate(policy, Request.invoke(Caller.anonymous(), beta), api).verdict())
        .isEqualTo(Verdict.IMPLICIT_DENY);
  }
}
