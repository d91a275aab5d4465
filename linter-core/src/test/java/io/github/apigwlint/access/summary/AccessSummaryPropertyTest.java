package io.github.apigwlint.access.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.access.RestAuthorization;
import io.github.apigwlint.access.RestInvocation;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.Stage;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyParser;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.testutil.Json;
import io.github.apigwlint.testutil.RandomPolicies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The summary agrees with concrete evaluation: for random policies, every class of every method is
 * sampled with random concrete requests (callers, endpoints, addresses, unmodelled keys, gate
 * verdicts), and each request's verdict from {@link RestAuthorization} must be one the summary
 * allows for that class. The classes partition the requests, so sampling every class also samples
 * every request outside any one class.
 */
class AccessSummaryPropertyTest {

  private static final int POLICIES = 400;
  private static final int SAMPLES_PER_CELL = 6;
  static final String OWNER = "111111111111";
  private static final String ENDPOINT = "vpce-0ccccccccccccccccc";
  private static final List<AuthorizationType> TYPES = List.of(AuthorizationType.NONE, AuthorizationType.AWS_IAM,
      AuthorizationType.CUSTOM, AuthorizationType.COGNITO_USER_POOLS);
  private static final List<Verdict> GATES = List.of(Verdict.ALLOW, Verdict.IMPLICIT_DENY, Verdict.EXPLICIT_DENY);

  @Test
  void everyConcreteRequestGetsAVerdictItsClassAllows() {
    RandomPolicies policies = new RandomPolicies(20261125L);
    Random random = policies.random();
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < POLICIES && failures.size() < 5; i++) {
      String json = "{'Version':'2012-10-17','Statement':[" + policies.statements(4) + "]}";
      boolean privateApi = random.nextBoolean();
      Api api = api(privateApi, policies.pick(TYPES));
      PolicyDocument document = document(json, api);
      Map<String, Policy> endpoints = privateApi && random.nextBoolean()
          ? Map.of(ENDPOINT, endpointPolicy(policies, api)) : Map.of();
      ApiAccess summary = AccessSummary.of(api, document, endpoints);
      List<Policy> all = new ArrayList<>(endpoints.values());
      all.add(document.policy());
      PolicyMentions mentions = PolicyMentions.of(all);
      CellEvaluator evaluator = new CellEvaluator(api, document.policy(), endpoints, mentions, Map.of());
      ConcreteSamples samples = new ConcreteSamples(random, mentions);
      for (MethodAccess method : summary.methods()) {
        for (AccessCell cell : method.cells()) {
          for (int s = 0; s < SAMPLES_PER_CELL; s++) {
            Caller caller = samples.caller(cell.caller(), OWNER);
            Verdict gate = policies.pick(GATES);
            Decision concrete = RestAuthorization.authorize(invocation(api, document, endpoints, method, caller,
                samples.origin(cell.origin()), gate, samples.unmodelled(evaluator.unmodelledKeys(), caller)));
            checked++;
            if (!cell.byGate().get(gate).contains(concrete.verdict())) {
              failures.add(json + "\n  " + method.method().display() + " " + cell.caller().describe() + " "
                  + cell.origin().describe() + " gate " + gate + ": summary " + cell.byGate().get(gate)
                  + ", concrete " + concrete.verdict() + " for " + caller + " (" + concrete.reason() + ")");
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(10_000);
  }

  /** Endpoint policies name methods by full ARN: API Gateway expands shorthand only in its own policies. */
  private static Policy endpointPolicy(RandomPolicies policies, Api api) {
    String statements = policies.statements(2).replace("'execute-api:/", "'" + api.executeApiArnPrefix() + "/");
    return document("{'Version':'2012-10-17','Statement':[" + statements + "]}", api).policy();
  }

  /** Built here, not by the code under test, so that a mistake there cannot hide in both. */
  private static RestInvocation invocation(Api api, PolicyDocument document, Map<String, Policy> endpoints,
      MethodAccess method, Caller caller, OriginClass origin, Verdict gate, Map<String, String> extra) {
    RestInvocation.Builder builder = RestInvocation.builder(api.expansion())
        .endpointType(api.endpointType())
        .resourcePolicy(document.policy())
        .authorization(method.authorization())
        .caller(caller)
        .gate(gate)
        .method(method.stage(), method.method().verb(), method.method().path().replace("{id}", "p" + caller.hashCode()))
        .sourceIp(origin.address())
        .extraContext(extra);
    if (origin.privateApi()) {
      builder.viaVpcEndpoint(origin.representativeVpce(), origin.representativeVpc())
          .vpcEndpointPolicy(endpoints.get(origin.representativeVpce()));
    }
    return builder.build();
  }

  static Api api(boolean privateApi, AuthorizationType type) {
    List<Method> methods = List.of(new Method("GET", "/pets", type, Location.ofFile("api.yaml"), "api.yaml#Get", Syntax.CLOUDFORMATION),
        new Method("POST", "/pets/{id}", type, Location.ofFile("api.yaml"), "api.yaml#Post", Syntax.CLOUDFORMATION));
    return new Api("RestApi Pets", "api.yaml#Pets", ApiProtocol.REST, "a1b2c3d4e5", OWNER, "us-east-1", "aws",
        privateApi ? EndpointType.PRIVATE : EndpointType.REGIONAL,
        privateApi ? List.of(ENDPOINT) : List.of(), Location.ofFile("api.yaml"), methods,
        List.of(stage("prod"), stage("beta")), Syntax.CLOUDFORMATION);
  }

  static PolicyDocument document(String json, Api api) {
    Node node = Json.parse(json);
    return new PolicyDocument(PolicyKind.API_RESOURCE_POLICY, node, PolicyParser.parse(node, true), api.name(),
        api.element(), api, null, OWNER, Syntax.CLOUDFORMATION);
  }


  private static Stage stage(String name) {
    return new Stage(name, Location.ofFile("api.yaml"), "api.yaml#" + name);
  }
}
