package io.github.apigwlint.access;

import static io.github.apigwlint.testutil.Fixtures.ALICE;
import static io.github.apigwlint.testutil.Fixtures.API;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.testutil.Fixtures;
import org.junit.jupiter.api.Test;

/** §12.4 private APIs and VPC endpoints (evaluation vectors; SAM ones as the policy SAM generates). */
class PrivateApiTest {

  private static final String ALLOW_ANY = "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*'}";
  private static final String DENY_UNLESS_VPCE = "{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke',"
      + "'Resource':['execute-api:/*'],'Condition':{'StringNotEquals':{'aws:SourceVpce':'vpce-1a2b3c4d'}}}";

  private static RestInvocation.Builder privateCall(Policy resourcePolicy) {
    return RestInvocation.builder(API).endpointType(EndpointType.PRIVATE).resourcePolicy(resourcePolicy)
        .authorization(AuthorizationType.NONE).method("prod", "GET", "/pets");
  }

  private static Verdict verdict(RestInvocation.Builder builder) {
    return RestAuthorization.authorize(builder.build()).verdict();
  }

  @Test
  void tv43_privateApiWithoutPolicy_everyCallFails() {
    Decision decision = RestAuthorization.authorize(privateCall(null).viaVpcEndpoint("vpce-1", "vpc-1").build());
    assertThat(decision.verdict()).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(decision.reason()).contains("cannot be deployed");
  }

  @Test
  void tv44_privateApiOpenToEveryVpcEndpoint() {
    assertThat(verdict(privateCall(Fixtures.resourcePolicy(ALLOW_ANY)).viaVpcEndpoint("vpce-of-anyone", "vpc-x")))
        .isEqualTo(Verdict.ALLOW);
    assertThat(verdict(privateCall(Fixtures.resourcePolicy(ALLOW_ANY)))).as("not via an endpoint")
        .isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv45_awsReferencePrivatePolicy() {
    Policy policy = Fixtures.resourcePolicy(ALLOW_ANY + "," + DENY_UNLESS_VPCE);
    assertThat(verdict(privateCall(policy).viaVpcEndpoint("vpce-1a2b3c4d", "vpc-1"))).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(privateCall(policy).viaVpcEndpoint("vpce-0f0f0f0f", "vpc-1"))).isEqualTo(Verdict.EXPLICIT_DENY);
  }

  @Test
  void tv46_crossAccountEndpointSameRegionOnly() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':{'StringEquals':{'aws:SourceVpce':'vpce-0bbbbbbbbbbbbbbbb'}}}");
    assertThat(verdict(privateCall(policy).viaVpcEndpoint("vpce-0bbbbbbbbbbbbbbbb", "vpc-2"))).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(privateCall(policy).viaVpcEndpoint("vpce-0bbbbbbbbbbbbbbbb", "vpc-2").vpceRegion("eu-west-1")))
        .isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv47_sourceIpIsAbsentThroughAnEndpoint() {
    String deny = "{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*',"
        + "'Condition':{'NotIpAddress':{'%s':'10.0.0.0/8'}}}";
    Policy sourceIp = Fixtures.resourcePolicy(ALLOW_ANY + "," + deny.formatted("aws:SourceIp"));
    Policy vpcSourceIp = Fixtures.resourcePolicy(ALLOW_ANY + "," + deny.formatted("aws:VpcSourceIp"));
    assertThat(verdict(privateCall(sourceIp).viaVpcEndpoint("vpce-1", "vpc-1").sourceIp("10.1.2.3")))
        .isEqualTo(Verdict.EXPLICIT_DENY);
    assertThat(verdict(privateCall(vpcSourceIp).viaVpcEndpoint("vpce-1", "vpc-1").sourceIp("10.1.2.3")))
        .isEqualTo(Verdict.ALLOW);
  }

  @Test
  void tv48_vpcKeysOnAPublicApiAreNeverPresent() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':{'StringEquals':{'aws:SourceVpce':'vpce-1a2b3c4d'}}}");
    assertThat(verdict(RestInvocation.builder(API).endpointType(EndpointType.REGIONAL).resourcePolicy(policy)
        .sourceIp("198.51.100.1").viaVpcEndpoint("vpce-1a2b3c4d", "vpc-1"))).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv49_endpointPolicyNamingIamPrincipalsDeniesBearerTokenCallers() {
    var account = new ExpansionContext("aws", "us-east-1", "123412341234", "a1b2c3d4e5");
    Policy endpointPolicy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':{'AWS':['arn:aws:iam::123412341234:user/MyUser']},"
        + "'Action':'execute-api:Invoke','Resource':'arn:aws:execute-api:us-east-1:123412341234:a1b2c3d4e5/*'}");
    Decision decision = RestAuthorization.authorize(RestInvocation.builder(account).endpointType(EndpointType.PRIVATE)
        .resourcePolicy(Fixtures.resourcePolicy(ALLOW_ANY)).vpcEndpointPolicy(endpointPolicy)
        .authorization(AuthorizationType.CUSTOM).gate(Verdict.ALLOW).caller(Caller.user("123412341234", "MyUser"))
        .viaVpcEndpoint("vpce-1", "vpc-1").build());
    assertThat(decision.verdict()).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(decision.reason()).contains("VPC endpoint policy").contains("anonymous");
    Decision signed = RestAuthorization.authorize(RestInvocation.builder(account).endpointType(EndpointType.PRIVATE)
        .resourcePolicy(Fixtures.resourcePolicy(ALLOW_ANY)).vpcEndpointPolicy(endpointPolicy)
        .authorization(AuthorizationType.AWS_IAM).gate(Verdict.IMPLICIT_DENY).caller(Caller.user("123412341234", "MyUser"))
        .viaVpcEndpoint("vpce-1", "vpc-1").build());
    assertThat(signed.verdict()).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void tv50_invalidSignatureThroughEndpoint_denied() {
    assertThat(verdict(privateCall(Fixtures.resourcePolicy(ALLOW_ANY)).viaVpcEndpoint("vpce-1", "vpc-1")
        .signatureInvalid(true))).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv51_associatedEndpointNotAllowed() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*','Condition':{'StringEquals':{'aws:SourceVpce':'vpce-bbbb'}}}");
    assertThat(verdict(privateCall(policy).viaVpcEndpoint("vpce-aaaa", "vpc-1"))).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv53_samVpcAndVpceWhitelist() {
    Policy generated = Fixtures.resourcePolicy(
        "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/prod/PUT/get'},"
        + "{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/prod/PUT/get',"
        + "'Condition':{'StringNotEquals':{'aws:SourceVpc':['vpc-1111'],'aws:SourceVpce':['vpce-2222']}}}");
    RestInvocation.Builder put = privateCall(generated).method("prod", "PUT", "/get");
    assertThat(verdict(put.viaVpcEndpoint("vpce-2222", "vpc-9999"))).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(put.viaVpcEndpoint("vpce-3333", "vpc-1111"))).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(put.viaVpcEndpoint("vpce-3333", "vpc-9999"))).isEqualTo(Verdict.EXPLICIT_DENY);
  }

  @Test
  void tv54_samVpcAndVpceBlacklist() {
    Policy generated = Fixtures.resourcePolicy(
        "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/prod/PUT/get'},"
        + "{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/prod/PUT/get',"
        + "'Condition':{'StringEquals':{'aws:SourceVpc':['vpc-1111'],'aws:SourceVpce':['vpce-2222']}}}");
    assertThat(verdict(privateCall(generated).method("prod", "PUT", "/get").viaVpcEndpoint("vpce-3333", "vpc-1111")))
        .isEqualTo(Verdict.ALLOW);
  }

  @Test
  void tv55_samIpBlacklistAddsAPublicAllow() {
    Policy generated = Fixtures.resourcePolicy(
        "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/prod/GET/pets'},"
        + "{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/prod/GET/pets',"
        + "'Condition':{'IpAddress':{'aws:SourceIp':['203.0.113.0/24']}}}");
    Decision decision = RestAuthorization.authorize(RestInvocation.builder(API).endpointType(EndpointType.REGIONAL)
        .resourcePolicy(generated).authorization(AuthorizationType.AWS_IAM).caller(ALICE).gate(Verdict.IMPLICIT_DENY)
        .sourceIp("198.51.100.7").method("prod", "GET", "/pets").build());
    assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(decision.reason()).contains("Table A row A4");
  }
}
