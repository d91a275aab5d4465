package io.github.apigwlint.access.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.AuthorizationType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary of the reference's example policies, as a reader sees it. */
class AccessSummaryTest {

  private static final String ALLOW_ALL = "{'Sid':'Open','Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*'}";

  private static List<String> grants(boolean privateApi, AuthorizationType type, String statements) {
    Api api = AccessSummaryPropertyTest.api(privateApi, type);
    ApiAccess summary = AccessSummary.of(api, AccessSummaryPropertyTest.document("{'Version':'2012-10-17','Statement':[" + statements + "]}", api));
    MethodAccess first = summary.methods().get(0);
    return first.grants().stream().map(g -> g.describe() + ": " + g.outcome(first.gate())).toList();
  }

  @Test
  void tv45_referencePrivatePolicy_onlyTheListedEndpointGetsIn() {
    assertThat(grants(true, AuthorizationType.NONE, ALLOW_ALL + ",{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':{'StringNotEquals':{'aws:SourceVpce':'vpce-1a2b3c4d'}}}"))
        .containsExactly("anyone, through VPC endpoint vpce-1a2b3c4d: allowed");
  }

  @Test
  void tv30_addressRanges() {
    assertThat(grants(false, AuthorizationType.NONE, "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':{'IpAddress':{'aws:SourceIp':['192.0.2.0/24','198.51.100.0/24']}}}"))
        .containsExactlyInAnyOrder("anyone, from the internet, from 192.0.2.0/24: allowed",
            "anyone, from the internet, from 198.51.100.0/24: allowed");
  }

  @Test
  void tv37_anyAwsAccountWithItsIdentityPolicy() {
    assertThat(grants(false, AuthorizationType.AWS_IAM, ALLOW_ALL)).containsExactly(
        "roles and users of the API's own account: allowed",
        "any AWS account: allowed if the caller's identity policy allows");
  }

  @Test
  void namedRoleAndOrganisationAreTheirOwnClasses() {
    assertThat(grants(false, AuthorizationType.AWS_IAM,
        "{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::222222222222:role/reader'},'Action':'execute-api:Invoke','Resource':'execute-api:/*'},"
            + "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*',"
            + "'Condition':{'StringEquals':{'aws:PrincipalOrgID':'o-a1b2c3d4e5'}}}"))
        .contains("role arn:aws:iam::222222222222:role/reader: allowed if the caller's identity policy allows",
            "organization o-a1b2c3d4e5: allowed if the caller's identity policy allows")
        .noneMatch(line -> line.startsWith("any AWS account"));
  }

  @Test
  void unmodelledKeysMakeItDepend() {
    assertThat(grants(false, AuthorizationType.NONE, "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':{'StringLike':{'aws:UserAgent':'curl/*'}}}"))
        .singleElement().satisfies(line -> assertThat(line).startsWith("anyone on the internet: depends").contains("aws:UserAgent"));
  }
}
