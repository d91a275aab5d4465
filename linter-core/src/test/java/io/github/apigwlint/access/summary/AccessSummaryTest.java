package io.github.apigwlint.access.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.PolicyDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary of the reference's example policies, as a reader sees it. */
class AccessSummaryTest {

  private static final String ALLOW_ALL = "{'Sid':'Open','Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*'}";

  private static MethodAccess first(boolean privateApi, AuthorizationType type, String statements) {
    Api api = AccessSummaryPropertyTest.api(privateApi, type);
    PolicyDocument policy = statements == null ? null
        : AccessSummaryPropertyTest.document("{'Version':'2012-10-17','Statement':[" + statements + "]}", api);
    return AccessSummary.of(api, policy).methods().get(0);
  }

  private static List<String> lines(boolean privateApi, AuthorizationType type, String statements) {
    MethodAccess first = first(privateApi, type, statements);
    return first.lines().stream().map(g -> g.describe() + ": " + g.outcome(first.gate())).toList();
  }

  @Test
  void tv45_referencePrivatePolicy_onlyTheListedEndpointGetsIn() {
    assertThat(lines(true, AuthorizationType.NONE, ALLOW_ALL + ",{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':{'StringNotEquals':{'aws:SourceVpce':'vpce-1a2b3c4d'}}}"))
        .containsExactly("anyone, through VPC endpoint vpce-1a2b3c4d: allowed",
            "anyone, through VPC endpoint vpce-0ccccccccccccccccc: denied",
            "anyone, through any other VPC endpoint: denied",
            "anyone on the internet: denied, a private API is reached only through interface VPC endpoints");
  }

  @Test
  void tv30_addressRanges() {
    assertThat(lines(false, AuthorizationType.NONE, "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':{'IpAddress':{'aws:SourceIp':['192.0.2.0/24','198.51.100.0/24']}}}"))
        .containsExactlyInAnyOrder("anyone, from the internet, from 192.0.2.0/24: allowed",
            "anyone, from the internet, from 198.51.100.0/24: allowed",
            "anyone, from the internet, from addresses outside 192.0.2.0/24, 198.51.100.0/24: denied, the resource policy does not allow it");
  }

  @Test
  void tv37_anyAwsAccountWithItsIdentityPolicy() {
    assertThat(lines(false, AuthorizationType.AWS_IAM, ALLOW_ALL)).containsExactly(
        "anyone on the internet: denied, AWS_IAM takes only signed requests",
        "roles and users of the API's own account: allowed",
        "other AWS accounts: allowed if the caller's identity policy allows");
  }

  @Test
  void class9_deniedClassesAreListedAsDeniedWithWhy() {
    assertThat(lines(false, AuthorizationType.AWS_IAM, null)).containsExactly(
        "anyone on the internet: denied, AWS_IAM takes only signed requests",
        "roles and users of the API's own account: allowed if the caller's identity policy allows",
        "other AWS accounts: denied, no resource policy");
    assertThat(lines(false, AuthorizationType.AWS_IAM, "{'Effect':'Allow','Principal':{'AWS':'111111111111'},"
        + "'Action':'execute-api:Invoke','Resource':'execute-api:/*'}"))
        .contains("other AWS accounts: denied, the resource policy does not allow it");
  }

  @Test
  void namedRoleAndOrganisationAreTheirOwnClasses() {
    assertThat(lines(false, AuthorizationType.AWS_IAM,
        "{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::222222222222:role/reader'},'Action':'execute-api:Invoke','Resource':'execute-api:/*'},"
            + "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*',"
            + "'Condition':{'StringEquals':{'aws:PrincipalOrgID':'o-a1b2c3d4e5'}}}"))
        .contains("role arn:aws:iam::222222222222:role/reader: allowed if the caller's identity policy allows",
            "organization o-a1b2c3d4e5: allowed if the caller's identity policy allows")
        .contains("other AWS accounts: denied, the resource policy does not allow it");
  }

  @Test
  void class9_dependsSaysOnWhatOncePerMethod() {
    String statements = "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':{'StringLike':{'aws:UserAgent':'curl/*'}}}";
    assertThat(lines(false, AuthorizationType.NONE, statements)).containsExactly("anyone on the internet: depends");
    assertThat(first(false, AuthorizationType.NONE, statements).dependsOn())
        .containsExactly("statement #1 at policy.json:1", "the request's aws:UserAgent");
  }
}
