package io.github.apigwlint.access;

import static io.github.apigwlint.testutil.Fixtures.ALICE;
import static io.github.apigwlint.testutil.Fixtures.API;
import static io.github.apigwlint.testutil.Fixtures.BOB;
import static io.github.apigwlint.testutil.Fixtures.arn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.testutil.Fixtures;
import org.junit.jupiter.api.Test;

/** §12.2: AWS_IAM method, execute-api:Invoke on ARN(prod/GET/pets), identity × resource policy. */
class OutcomeTablesTest {

  private enum Stance { ALLOW, SILENT, DENY }

  private static Verdict run(Caller caller, Stance identity, Stance resource) {
    Verdict gate = identityVerdict(caller, identity);
    Decision decision = RestAuthorization.authorize(RestInvocation.builder(API)
        .authorization(AuthorizationType.AWS_IAM)
        .caller(caller)
        .gate(gate)
        .resourcePolicy(resourcePolicy(caller, resource))
        .method("prod", "GET", "/pets")
        .build());
    return decision.verdict();
  }

  /** The identity policy variants of §12.2, evaluated by the engine. */
  private static Verdict identityVerdict(Caller caller, Stance stance) {
    String statement = switch (stance) {
      case ALLOW -> "{'Effect':'Allow','Action':'execute-api:Invoke','Resource':'" + API.arnPrefix() + "/*'}";
      case DENY -> "{'Effect':'Deny','Action':'execute-api:Invoke','Resource':'" + API.arnPrefix() + "/*'}";
      case SILENT -> "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}";
    };
    return PolicyEvaluator.evaluate(Fixtures.identityPolicy(statement), Request.invoke(caller, arn("prod/GET/pets")), null)
        .verdict();
  }

  private static Policy resourcePolicy(Caller caller, Stance stance) {
    String principal = stance == Stance.SILENT ? "arn:aws:iam::111111111111:user/carol" : caller.arn();
    String effect = stance == Stance.DENY ? "Deny" : "Allow";
    return Fixtures.resourcePolicy("{'Effect':'" + effect + "','Principal':{'AWS':'" + principal
        + "'},'Action':'execute-api:Invoke','Resource':'execute-api:/*'}");
  }

  @Test void tv12_sameAccountIdentityAllowResourceAllow_allows() { assertThat(run(ALICE, Stance.ALLOW, Stance.ALLOW)).isEqualTo(Verdict.ALLOW); }
  @Test void tv13_sameAccountIdentityAllowResourceSilent_allows() { assertThat(run(ALICE, Stance.ALLOW, Stance.SILENT)).isEqualTo(Verdict.ALLOW); }
  @Test void tv14_sameAccountIdentityAllowResourceDeny_explicitDeny() { assertThat(run(ALICE, Stance.ALLOW, Stance.DENY)).isEqualTo(Verdict.EXPLICIT_DENY); }
  @Test void tv15_sameAccountIdentitySilentResourceAllow_allows() { assertThat(run(ALICE, Stance.SILENT, Stance.ALLOW)).isEqualTo(Verdict.ALLOW); }
  @Test void tv16_sameAccountIdentitySilentResourceSilent_implicitDeny() { assertThat(run(ALICE, Stance.SILENT, Stance.SILENT)).isEqualTo(Verdict.IMPLICIT_DENY); }
  @Test void tv17_sameAccountIdentitySilentResourceDeny_explicitDeny() { assertThat(run(ALICE, Stance.SILENT, Stance.DENY)).isEqualTo(Verdict.EXPLICIT_DENY); }
  @Test void tv18_sameAccountIdentityDenyResourceAllow_explicitDeny() { assertThat(run(ALICE, Stance.DENY, Stance.ALLOW)).isEqualTo(Verdict.EXPLICIT_DENY); }
  @Test void tv19_sameAccountIdentityDenyResourceSilent_explicitDeny() { assertThat(run(ALICE, Stance.DENY, Stance.SILENT)).isEqualTo(Verdict.EXPLICIT_DENY); }
  @Test void tv20_sameAccountIdentityDenyResourceDeny_explicitDeny() { assertThat(run(ALICE, Stance.DENY, Stance.DENY)).isEqualTo(Verdict.EXPLICIT_DENY); }
  @Test void tv21_crossAccountIdentityAllowResourceAllow_allows() { assertThat(run(BOB, Stance.ALLOW, Stance.ALLOW)).isEqualTo(Verdict.ALLOW); }
  @Test void tv22_crossAccountIdentityAllowResourceSilent_implicitDeny() { assertThat(run(BOB, Stance.ALLOW, Stance.SILENT)).isEqualTo(Verdict.IMPLICIT_DENY); }
  @Test void tv23_crossAccountIdentityAllowResourceDeny_explicitDeny() { assertThat(run(BOB, Stance.ALLOW, Stance.DENY)).isEqualTo(Verdict.EXPLICIT_DENY); }
  @Test void tv24_crossAccountIdentitySilentResourceAllow_implicitDeny() { assertThat(run(BOB, Stance.SILENT, Stance.ALLOW)).isEqualTo(Verdict.IMPLICIT_DENY); }
  @Test void tv25_crossAccountIdentitySilentResourceSilent_implicitDeny() { assertThat(run(BOB, Stance.SILENT, Stance.SILENT)).isEqualTo(Verdict.IMPLICIT_DENY); }
  @Test void tv26_crossAccountIdentitySilentResourceDeny_explicitDeny() { assertThat(run(BOB, Stance.SILENT, Stance.DENY)).isEqualTo(Verdict.EXPLICIT_DENY); }
  @Test void tv27_crossAccountIdentityDenyResourceAllow_explicitDeny() { assertThat(run(BOB, Stance.DENY, Stance.ALLOW)).isEqualTo(Verdict.EXPLICIT_DENY); }
  @Test void tv28_crossAccountIdentityDenyResourceSilent_explicitDeny() { assertThat(run(BOB, Stance.DENY, Stance.SILENT)).isEqualTo(Verdict.EXPLICIT_DENY); }
  @Test void tv29_crossAccountIdentityDenyResourceDeny_explicitDeny() { assertThat(run(BOB, Stance.DENY, Stance.DENY)).isEqualTo(Verdict.EXPLICIT_DENY); }

  @Test
  void reasonNamesTheTableRow() {
    Decision decision = RestAuthorization.authorize(RestInvocation.builder(API)
        .authorization(AuthorizationType.AWS_IAM).caller(BOB).gate(Verdict.ALLOW)
        .resourcePolicy(resourcePolicy(BOB, Stance.SILENT)).method("prod", "GET", "/pets").build());
    assertThat(decision.reason()).isEqualTo("cross-account: identity policy allows, resource policy silent (Table B row B2)");
  }
}
