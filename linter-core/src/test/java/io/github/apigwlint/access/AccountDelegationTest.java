package io.github.apigwlint.access;

import static io.github.apigwlint.testutil.Fixtures.API;
import static io.github.apigwlint.testutil.Fixtures.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.testutil.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * §7.3: an allow that names only the caller's account delegates to the account's identity policies
 * (the reference's recommendation on the [U] point, and what iam-simulate does: AllowedForAccount).
 */
class AccountDelegationTest {

  private static final Caller SESSION = Caller.roleSession(OWNER, "reader", "s1");
  private static final String METHOD = Fixtures.arn("prod/GET/pets");

  private static Verdict iam(String principal, Verdict identity, Caller caller) {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':" + principal
        + ",'Action':'execute-api:Invoke','Resource':'execute-api:/*'}");
    return RestAuthorization.authorize(RestInvocation.builder(API).resourcePolicy(policy)
        .authorization(AuthorizationType.AWS_IAM).caller(caller).gate(identity).method("prod", "GET", "/pets").build()).verdict();
  }

  @Test
  void accountPrincipal_sameAccountWithSilentIdentityPolicy_isImplicitDeny() {
    assertThat(iam("{'AWS':'" + OWNER + "'}", Verdict.IMPLICIT_DENY, SESSION)).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(iam("{'AWS':'arn:aws:iam::" + OWNER + ":root'}", Verdict.IMPLICIT_DENY, SESSION)).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(iam("{'AWS':'" + OWNER + "'}", Verdict.ALLOW, SESSION)).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void roleOrWildcardPrincipal_sameAccount_tableA4StillAllows() {
    assertThat(iam("{'AWS':'arn:aws:iam::" + OWNER + ":role/reader'}", Verdict.IMPLICIT_DENY, SESSION)).isEqualTo(Verdict.ALLOW);
    assertThat(iam("'*'", Verdict.IMPLICIT_DENY, SESSION)).isEqualTo(Verdict.ALLOW);
    assertThat(iam("{'AWS':'" + OWNER + "'}", Verdict.IMPLICIT_DENY, Caller.root(OWNER))).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void simulation_crossAccountWithoutIdentityPolicy_isImplicitDeny() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'*'}");
    Caller bob = Caller.user("222222222222", "bob");
    assertThat(new Simulation(policy, List.of(), bob, "execute-api:Invoke", METHOD, Map.of(), null).run().verdict())
        .isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(new Simulation(policy, List.of(), Caller.anonymous(), "execute-api:Invoke", METHOD, Map.of(), null).run().verdict())
        .as("anonymous callers have no identity side").isEqualTo(Verdict.ALLOW);
  }

  @Test
  void simulation_anonymousCallerIgnoresIdentityPolicies() {
    Policy identity = Fixtures.identityPolicy("{'Effect':'Allow','Action':'*','Resource':'*'}");
    assertThat(new Simulation(null, List.of(identity), Caller.anonymous(), "execute-api:Invoke", METHOD, Map.of(), null)
        .run().verdict()).isEqualTo(Verdict.IMPLICIT_DENY);
  }
}
