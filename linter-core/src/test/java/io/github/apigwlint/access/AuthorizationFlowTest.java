package io.github.apigwlint.access;

import static io.github.apigwlint.testutil.Fixtures.ALICE;
import static io.github.apigwlint.testutil.Fixtures.API;
import static io.github.apigwlint.testutil.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.testutil.Fixtures;
import org.junit.jupiter.api.Test;

/** §12.3 authorization-type flows. */
class AuthorizationFlowTest {

  private static final String ALLOW_ANY = "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*'}";
  private static final Policy IP_POLICY = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
      + "'Resource':'execute-api:/*','Condition':{'IpAddress':{'aws:SourceIp':['192.0.2.0/24','198.51.100.0/24']}}}");
  private static final Policy PRE_AUTH_DENY = Fixtures.resourcePolicy("{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke',"
      + "'Resource':['execute-api:/*'],'Condition':{'StringNotEquals':{'aws:SourceVpce':'vpce-1a2b3c4d'}}}");

  private static RestInvocation.Builder call(AuthorizationType type) {
    return RestInvocation.builder(API).authorization(type).method("prod", "GET", "/pets");
  }

  private static Verdict verdict(RestInvocation.Builder builder) {
    return RestAuthorization.authorize(builder.build()).verdict();
  }

  @Test
  void tv30_resourcePolicyOnlyWithNone() {
    assertThat(verdict(call(AuthorizationType.NONE).resourcePolicy(IP_POLICY).sourceIp("192.0.2.10"))).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(call(AuthorizationType.NONE).resourcePolicy(IP_POLICY).sourceIp("203.0.113.5")))
        .isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv31_noAuthNoPolicy_allowsAnyone() {
    Decision decision = RestAuthorization.authorize(call(AuthorizationType.NONE).sourceIp("203.0.113.5").build());
    assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(decision.reason()).isEqualTo("NONE without resource policy: public");
  }

  @Test
  void tv32_awsPrincipalOnlyPolicyOnNoneMethod_denied() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::111111111111:role/developer'},"
        + "'Action':'execute-api:Invoke','Resource':'execute-api:/*'}");
    assertThat(verdict(call(AuthorizationType.NONE).resourcePolicy(policy))).isEqualTo(Verdict.IMPLICIT_DENY);
    // Even a signed developer session: NONE methods do not authenticate, so the caller is anonymous.
    assertThat(verdict(call(AuthorizationType.NONE).resourcePolicy(policy)
        .caller(Caller.roleSession(Fixtures.OWNER, "developer", "s")))).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv33_lambdaAuthorizerPreAuthDeny_authorizerNotInvoked() {
    Decision decision = RestAuthorization.authorize(call(AuthorizationType.CUSTOM).endpointType(EndpointType.PRIVATE)
        .resourcePolicy(PRE_AUTH_DENY).viaVpcEndpoint("vpce-9999aaaa", "vpc-1").gate(Verdict.ALLOW).build());
    assertThat(decision.verdict()).isEqualTo(Verdict.EXPLICIT_DENY);
    assertThat(decision.reason()).contains("before the authorizer runs");
  }

  @Test
  void tv34_lambdaAuthorizerAfterPreAuth_tableA2Allows() {
    Decision decision = RestAuthorization.authorize(call(AuthorizationType.CUSTOM).endpointType(EndpointType.PRIVATE)
        .resourcePolicy(PRE_AUTH_DENY).viaVpcEndpoint("vpce-1a2b3c4d", "vpc-1").gate(Verdict.ALLOW).build());
    assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(decision.reason()).contains("Table A row A2");
  }

  @Test
  void tv35_cognitoNeedsExplicitResourcePolicyAllow() {
    assertThat(verdict(call(AuthorizationType.COGNITO_USER_POOLS).gate(Verdict.ALLOW).resourcePolicy(IP_POLICY)
        .sourceIp("203.0.113.5"))).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(verdict(call(AuthorizationType.COGNITO_USER_POOLS).gate(Verdict.ALLOW).resourcePolicy(IP_POLICY)
        .sourceIp("192.0.2.10"))).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void tv36_cognitoWithoutPolicy() {
    assertThat(verdict(call(AuthorizationType.COGNITO_USER_POOLS).gate(Verdict.ALLOW))).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(call(AuthorizationType.COGNITO_USER_POOLS).gate(Verdict.IMPLICIT_DENY))).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv37_principalStarWithIamAcrossAccounts_allows() {
    assertThat(verdict(call(AuthorizationType.AWS_IAM).caller(BOB).gate(Verdict.ALLOW)
        .resourcePolicy(Fixtures.resourcePolicy(ALLOW_ANY)))).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void tv38_accountPrincipalCrossAccountSilentIdentity_implicitDeny() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':{'AWS':'222222222222'},"
        + "'Action':'execute-api:Invoke','Resource':'execute-api:/*'}");
    assertThat(verdict(call(AuthorizationType.AWS_IAM).caller(BOB).gate(Verdict.IMPLICIT_DENY).resourcePolicy(policy)))
        .isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv39_crossAccountIamWithoutResourcePolicy_implicitDeny() {
    Decision decision = RestAuthorization.authorize(call(AuthorizationType.AWS_IAM).caller(BOB).gate(Verdict.ALLOW).build());
    assertThat(decision.verdict()).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(decision.reason()).isEqualTo("cross-account: identity policy allows, resource policy absent (Table B row B2)");
  }

  @Test
  void tv40_organizationConditionDependsOnAuthType() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':{'StringEquals':{'aws:PrincipalOrgID':'o-abc123'}}}");
    assertThat(verdict(call(AuthorizationType.AWS_IAM).caller(ALICE.withOrgId("o-abc123")).gate(Verdict.IMPLICIT_DENY)
        .resourcePolicy(policy))).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(call(AuthorizationType.NONE).resourcePolicy(policy))).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv41_identityPolicyOnNoneMethodHasNoEffect() {
    assertThat(verdict(call(AuthorizationType.NONE).caller(ALICE).gate(Verdict.EXPLICIT_DENY))).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void awsIamRejectsUnsignedCallers() {
    assertThat(verdict(call(AuthorizationType.AWS_IAM).resourcePolicy(Fixtures.resourcePolicy(ALLOW_ANY))))
        .isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void unknownIdentityDecisionIsUnknownOnlyWhenItMatters() {
    assertThat(verdict(call(AuthorizationType.AWS_IAM).caller(BOB).gate(Verdict.UNKNOWN)
        .resourcePolicy(Fixtures.resourcePolicy(ALLOW_ANY)))).isEqualTo(Verdict.UNKNOWN);
    Policy deny = Fixtures.resourcePolicy(ALLOW_ANY.replace("Allow", "Deny"));
    assertThat(verdict(call(AuthorizationType.AWS_IAM).caller(BOB).gate(Verdict.UNKNOWN).resourcePolicy(deny)))
        .isEqualTo(Verdict.EXPLICIT_DENY);
  }
}
