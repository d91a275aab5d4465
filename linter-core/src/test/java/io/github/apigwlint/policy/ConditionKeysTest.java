package io.github.apigwlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.testutil.Fixtures;
import org.junit.jupiter.api.Test;

/** The keys only SigV4-signed callers carry (§2.4) and how their clauses read for unsigned callers. */
class ConditionKeysTest {

  private static ConditionClause clause(String condition) {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':" + condition + "}");
    assertThat(policy.problems()).isEmpty();
    return policy.statements().get(0).conditions().get(0);
  }

  @Test
  void theTableOfKeysThatNeedAuthentication() {
    assertThat(ConditionKeys.signedCallersOnly("aws:PrincipalOrgID")).isTrue();
    assertThat(ConditionKeys.signedCallersOnly("AWS:PRINCIPALORGPATHS")).isTrue();
    assertThat(ConditionKeys.signedCallersOnly("aws:PrincipalTag/team")).isTrue();
    assertThat(ConditionKeys.signedCallersOnly("aws:username")).isTrue();
    assertThat(ConditionKeys.signedCallersOnly("aws:MultiFactorAuthPresent")).isTrue();
    assertThat(ConditionKeys.signedCallersOnly("aws:PrincipalTag/")).isFalse();
    assertThat(ConditionKeys.signedCallersOnly("aws:SourceIp")).isFalse();
    assertThat(ConditionKeys.signedCallersOnly("aws:SourceVpce")).isFalse();
    assertThat(ConditionKeys.signedCallersOnly("aws:CurrentTime")).isFalse();
    assertThat(ConditionKeys.signedCallersOnly("aws:PrincipalIsAWSService")).isFalse();
  }

  @Test
  void tv40_organizationConditionForAnUnsignedCaller() {
    assertThat(ConditionKeys.forUnsignedCaller(clause("{'StringEquals':{'aws:PrincipalOrgID':'o-abc123'}}"), true))
        .isEqualTo(Tri.FALSE);
    assertThat(ConditionKeys.forUnsignedCaller(clause("{'StringNotEquals':{'aws:PrincipalOrgID':'o-abc123'}}"), true))
        .isEqualTo(Tri.TRUE);
    assertThat(ConditionKeys.forUnsignedCaller(clause("{'StringEqualsIfExists':{'aws:PrincipalOrgID':'o-abc123'}}"), true))
        .isEqualTo(Tri.TRUE);
    assertThat(ConditionKeys.forUnsignedCaller(clause("{'Null':{'aws:PrincipalTag/team':'true'}}"), true))
        .isEqualTo(Tri.TRUE);
  }

  /** aws:PrincipalAccount and aws:userid: absent (API Gateway's table) or "anonymous" (IAM's reference). */
  @Test
  void disputedKeysAreJudgedOnlyWhereBothReadingsAgree() {
    assertThat(ConditionKeys.disputedAnonymousValue("aws:PrincipalAccount")).contains("anonymous");
    assertThat(ConditionKeys.disputedAnonymousValue("aws:PrincipalOrgID")).isEmpty();
    assertThat(ConditionKeys.forUnsignedCaller(clause("{'StringEquals':{'aws:PrincipalAccount':'111111111111'}}"), true))
        .isEqualTo(Tri.FALSE);
    assertThat(ConditionKeys.forUnsignedCaller(clause("{'StringNotEquals':{'aws:userid':['AIDAEXAMPLE']}}"), true))
        .isEqualTo(Tri.TRUE);
    assertThat(ConditionKeys.forUnsignedCaller(clause("{'StringNotEquals':{'aws:PrincipalAccount':'anonymous'}}"), true))
        .isEqualTo(Tri.UNKNOWN);
  }
}
