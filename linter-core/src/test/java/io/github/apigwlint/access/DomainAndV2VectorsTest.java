package io.github.apigwlint.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.testutil.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluation vectors of §12.3 (TV-42), §12.5 (TV-65, 66, 67, 71) and §12.6 (TV-74, 77). */
class DomainAndV2VectorsTest {

  private static final String DOMAIN = "arn:aws:execute-api:us-west-2:111122223333:/domainnames/private.example.com+abcd1234";

  private static Verdict resourcePolicy(Policy policy, Caller caller, String action, String resource, RequestContext context) {
    return PolicyEvaluator.evaluate(policy, new Request(caller, action, resource, context), null).verdict();
  }

  private static RequestContext via(String vpce) {
    return RequestContext.empty().put("aws:SourceVpce", vpce);
  }

  @Test
  void tv42_invalidateCacheNeedsItsOwnAction() {
    Policy invokeOnly = Fixtures.identityPolicy("{'Effect':'Allow','Action':'execute-api:Invoke','Resource':'*'}");
    Policy both = Fixtures.identityPolicy("{'Effect':'Allow','Action':'execute-api:*','Resource':'*'}");
    String method = Fixtures.arn("prod/GET/pets");
    assertThat(new Simulation(null, List.of(invokeOnly), Fixtures.ALICE, "execute-api:InvalidateCache", method, Map.of(), null)
        .run().verdict()).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(new Simulation(null, List.of(both), Fixtures.ALICE, "execute-api:InvalidateCache", method, Map.of(), null)
        .run().verdict()).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void tv66_domainPolicyAllowsListedEndpointsOnly() {
    Policy domain = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'" + DOMAIN + "'},"
        + "{'Effect':'Deny','Principal':'*','Action':'execute-api:Invoke','Resource':'" + DOMAIN + "',"
        + "'Condition':{'StringNotEquals':{'aws:SourceVpce':['vpce-abcd1234','vpce-xyzz0000']}}}");
    assertThat(resourcePolicy(domain, Caller.anonymous(), "execute-api:Invoke", DOMAIN, via("vpce-xyzz0000"))).isEqualTo(Verdict.ALLOW);
    assertThat(resourcePolicy(domain, Caller.anonymous(), "execute-api:Invoke", DOMAIN, via("vpce-other"))).isEqualTo(Verdict.EXPLICIT_DENY);
  }

  @Test
  void tv65_domainAndApiPolicyMustBothAllow() {
    Policy domain = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'" + DOMAIN + "',"
        + "'Condition':{'StringEquals':{'aws:SourceVpce':'vpce-aaaa'}}}");
    Policy api = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*',"
        + "'Condition':{'StringEquals':{'aws:SourceVpce':'vpce-bbbb'}}}");
    assertThat(resourcePolicy(domain, Caller.anonymous(), "execute-api:Invoke", DOMAIN, via("vpce-aaaa"))).isEqualTo(Verdict.ALLOW);
    Verdict apiLayer = RestAuthorization.authorize(RestInvocation.builder(Fixtures.API).endpointType(EndpointType.PRIVATE)
        .resourcePolicy(api).authorization(AuthorizationType.NONE).method("prod", "GET", "/pets")
        .viaVpcEndpoint("vpce-aaaa", "vpc-1").build()).verdict();
    assertThat(apiLayer).as("denied at the API layer").isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv67_managementPolicyNamesTheAccountsThatMayAssociate() {
    String management = "arn:aws:apigateway:us-west-2:111122223333:/domainnames/private.example.com+a1b2c3";
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':{'AWS':['111122223333','444455556666']},"
        + "'Action':'apigateway:CreateAccessAssociation','Resource':'" + management + "'}");
    Caller consumer = Caller.roleSession("444455556666", "network-admin", "s");
    Caller stranger = Caller.roleSession("999999999999", "network-admin", "s");
    assertThat(resourcePolicy(policy, consumer, "apigateway:CreateAccessAssociation", management, RequestContext.forCaller(consumer)))
        .isEqualTo(Verdict.ALLOW);
    assertThat(resourcePolicy(policy, stranger, "apigateway:CreateAccessAssociation", management, RequestContext.forCaller(stranger)))
        .isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  void tv71_viaDomainArnIsAbsentOnTheDefaultHostname() {
    Policy endpointPolicy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'*',"
        + "'Condition':{'ArnEquals':{'execute-api:viaDomainArn':'arn:aws:execute-api:us-west-2:111122223333:/domainnames/private.test.com+f4g5h6'}}}");
    RestInvocation.Builder call = RestInvocation.builder(Fixtures.API).endpointType(EndpointType.PRIVATE)
        .resourcePolicy(Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'execute-api:/*'}"))
        .vpcEndpointPolicy(endpointPolicy).authorization(AuthorizationType.NONE).method("prod", "GET", "/pets")
        .viaVpcEndpoint("vpce-1", "vpc-1");
    assertThat(RestAuthorization.authorize(call.build()).verdict()).isEqualTo(Verdict.IMPLICIT_DENY);
    assertThat(RestAuthorization.authorize(call.extraContext(Map.of("execute-api:viaDomainArn",
        "arn:aws:execute-api:us-west-2:111122223333:/domainnames/private.test.com+f4g5h6")).build()).verdict())
        .as("through the domain").isEqualTo(Verdict.ALLOW);
  }

  /**
   * Trust policies have no Resource, which the parser does not know yet (it reads them as resource
   * policies, where Resource is required), so the vector's trust statement carries Resource "*".
   */
  @Test
  void tv74_crossAccountHttpApiThroughARoleWithExternalId() {
    Policy trust = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::222222222222:root'},"
        + "'Action':'sts:AssumeRole','Resource':'*','Condition':{'StringEquals':{'sts:ExternalId':'ext-123'}}}");
    Caller bob = Caller.user("222222222222", "bob");
    String role = "arn:aws:iam::111111111111:role/invoker";
    assertThat(resourcePolicy(trust, bob, "sts:AssumeRole", role, RequestContext.forCaller(bob).put("sts:ExternalId", "ext-123")))
        .isEqualTo(Verdict.ALLOW);
    assertThat(resourcePolicy(trust, bob, "sts:AssumeRole", role, RequestContext.forCaller(bob))).isEqualTo(Verdict.IMPLICIT_DENY);
    Policy permissions = Fixtures.identityPolicy("{'Effect':'Allow','Action':'execute-api:Invoke',"
        + "'Resource':'arn:aws:execute-api:us-east-1:111111111111:httpapi01/$default/*/*'}");
    Caller session = Caller.roleSession("111111111111", "invoker", "bob");
    assertThat(new Simulation(null, List.of(permissions), session, "execute-api:Invoke",
        "arn:aws:execute-api:us-east-1:111111111111:httpapi01/$default/GET/items", Map.of(), null).run().verdict())
        .isEqualTo(Verdict.ALLOW);
  }

  @Test
  void tv77_manageConnectionsNeedsItsOwnGrant() {
    String connection = "arn:aws:execute-api:us-east-1:111111111111:wsapi0001/prod/POST/@connections/Yx3c9eAbIAMCJaA=";
    Policy manage = Fixtures.identityPolicy("{'Effect':'Allow','Action':'execute-api:ManageConnections',"
        + "'Resource':'arn:aws:execute-api:us-east-1:111111111111:wsapi0001/prod/POST/@connections/*'}");
    Policy invokeOnly = Fixtures.identityPolicy("{'Effect':'Allow','Action':'execute-api:Invoke',"
        + "'Resource':'arn:aws:execute-api:us-east-1:111111111111:wsapi0001/prod/POST/@connections/*'}");
    Caller backend = Caller.roleSession("111111111111", "backend", "s");
    assertThat(new Simulation(null, List.of(manage), backend, "execute-api:ManageConnections", connection, Map.of(), null)
        .run().verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(new Simulation(null, List.of(invokeOnly), backend, "execute-api:ManageConnections", connection, Map.of(), null)
        .run().verdict()).isEqualTo(Verdict.IMPLICIT_DENY);
  }
}
