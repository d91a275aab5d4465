package io.github.apigwlint.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.Stage;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Symbols;
import io.github.apigwlint.testutil.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCoverageTest {

  private static final Api API = new Api("REST API Pets", "api.yaml#Pets", ApiProtocol.REST, Fixtures.API_ID, Fixtures.OWNER,
      "us-east-1", "aws", EndpointType.REGIONAL, List.of(), Location.ofFile("api.yaml"),
      List.of(method("GET", "/pets", AuthorizationType.NONE), method("DELETE", "/pets/{id}", AuthorizationType.AWS_IAM)),
      List.of(stage("prod")), Syntax.CLOUDFORMATION);

  private static Method method(String verb, String path, AuthorizationType type) {
    return new Method(verb, path, type, Location.ofFile("api.yaml"), "api.yaml#" + verb, Syntax.CLOUDFORMATION);
  }

  private static List<String> covered(Policy policy, Caller caller, ExpansionContext expansion) {
    return StatementCoverage.methods(policy, policy.statements().get(0), API, caller, expansion).stream()
        .map(Method::display).toList();
  }

  @Test
  void conditionsDoNotNarrowWhatAStatementIsAbout() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/prod/GET/*','Condition':{'StringEquals':{'aws:PrincipalOrgID':'o-abc123'}}}");
    assertThat(covered(policy, Caller.anonymous(), API.expansion())).containsExactly("GET /pets");
  }

  @Test
  void anAwsPrincipalCoversNothingForAnUnsignedCaller() {
    Policy policy = Fixtures.resourcePolicy("{'Effect':'Allow','Principal':{'AWS':'222222222222'},'Action':'execute-api:Invoke',"
        + "'Resource':'execute-api:/*'}");
    assertThat(covered(policy, Caller.anonymous(), API.expansion())).isEmpty();
    assertThat(covered(policy, Fixtures.BOB, API.expansion())).containsExactly("GET /pets", "DELETE /pets/{id}");
  }

  @Test
  void identityStatementsNameTheApiByArn() {
    Policy specific = Fixtures.identityPolicy("{'Effect':'Deny','Action':'execute-api:Invoke',"
        + "'Resource':'arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/prod/DELETE/*'}");
    assertThat(covered(specific, Fixtures.ALICE, null)).containsExactly("DELETE /pets/{id}");
    assertThat(StatementCoverage.singlesOut(specific, specific.statements().get(0), API, Fixtures.ALICE, null)).isTrue();
    Policy everyApi = Fixtures.identityPolicy("{'Effect':'Allow','Action':'execute-api:*','Resource':'arn:aws:execute-api:*:*:*'}");
    assertThat(covered(everyApi, Fixtures.ALICE, null)).hasSize(2);
    assertThat(StatementCoverage.singlesOut(everyApi, everyApi.statements().get(0), API, Fixtures.ALICE, null)).isFalse();
  }

  @Test
  void otherActionsCoverNothing() {
    Policy policy = Fixtures.identityPolicy("{'Effect':'Allow','Action':'execute-api:ManageConnections',"
        + "'Resource':'arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/*'}");
    assertThat(covered(policy, Fixtures.ALICE, null)).isEmpty();
  }

  /** A template without a configured Region: literal partition and Region in a statement may be the template's. */
  @Test
  void literalRegionAndPartitionMayBeTheTemplatesOwn() {
    Api template = new Api("REST API Pets", "t.yaml#Pets", ApiProtocol.REST, Symbols.resource("Pets"), Symbols.SELF_ACCOUNT,
        Symbols.REGION, Symbols.PARTITION, EndpointType.REGIONAL, List.of(), Location.ofFile("t.yaml"),
        List.of(method("GET", "/pets", AuthorizationType.NONE)), List.of(stage("prod")), Syntax.CLOUDFORMATION);
    Policy policy = Fixtures.identityPolicy("{'Effect':'Deny','Action':'execute-api:Invoke','Resource':'arn:aws:execute-api:us-east-1:"
        + Symbols.SELF_ACCOUNT + ":" + Symbols.resource("Pets") + "/*'}");
    assertThat(StatementCoverage.methods(policy, policy.statements().get(0), template, Fixtures.ALICE, null)).hasSize(1);
    assertThat(StatementCoverage.singlesOut(policy, policy.statements().get(0), template, Fixtures.ALICE, null)).isTrue();
    Policy other = Fixtures.identityPolicy("{'Effect':'Deny','Action':'execute-api:Invoke','Resource':'arn:aws:execute-api:us-east-1:"
        + Symbols.SELF_ACCOUNT + ":" + Symbols.resource("Orders") + "/*'}");
    assertThat(StatementCoverage.methods(other, other.statements().get(0), template, Fixtures.ALICE, null)).isEmpty();
  }

  private static Stage stage(String name) {
    return new Stage(name, Location.ofFile("api.yaml"), "api.yaml#" + name);
  }
}
