package io.github.apigwlint.model;

import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.source.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * An API of the workspace.
 *
 * @param name a human name ({@code RestApi PrivateApi} or the API's {@code Name})
 * @param element logical identity ({@code file#LogicalId}) used for links and fingerprints
 * @param apiId the value a policy ARN uses for the API id: a literal id or the symbol of the
 *     resource ({@code Symbols.resource(logicalId)})
 * @param account owning account: a literal 12-digit id or {@code Symbols.SELF_ACCOUNT}
 * @param region region: literal or {@code Symbols.REGION}
 * @param partition partition: literal or {@code Symbols.PARTITION}
 * @param endpointType null when unknown (for REST the AWS default is EDGE)
 * @param condition the CloudFormation condition the API is created under, or null when it is created unconditionally
 * @param defaultEndpointDisabled whether the default {@code execute-api} endpoint is disabled
 *     ({@code DisableExecuteApiEndpoint}): then only custom domain names reach the API
 * @param undeclared the method that stands for every method when the input declares none; null for
 *     {@link Method#undeclared}, whose authorization is unknown
 */
public record Api(
    String name,
    String element,
    ApiProtocol protocol,
    String apiId,
    String account,
    String region,
    String partition,
    EndpointType endpointType,
    List<String> vpcEndpointIds,
    Location location,
    List<Method> methods,
    List<Stage> stages,
    Syntax syntax,
    CreationCondition condition,
    Flag defaultEndpointDisabled,
    Method undeclared) {

  public Api {
    vpcEndpointIds = List.copyOf(vpcEndpointIds);
    methods = new ArrayList<>(methods);
    stages = new ArrayList<>(stages);
  }

  /** An API created unconditionally, with its default endpoint enabled. */
  public Api(
      String name, String element, ApiProtocol protocol, String apiId, String account, String region, String partition,
      EndpointType endpointType, List<String> vpcEndpointIds, Location location, List<Method> methods, List<Stage> stages,
      Syntax syntax) {
    this(name, element, protocol, apiId, account, region, partition, endpointType, vpcEndpointIds, location, methods, stages,
        syntax, null, Flag.OFF, null);
  }

  /** The declared methods, or when none is declared the one {@link Method#undeclared} standing for all. */
  public List<Method> invocableMethods() {
    if (!methods.isEmpty()) {
      return methods;
    }
    return List.of(undeclared == null ? Method.undeclared(location, element, syntax) : undeclared);
  }

  /** The names of its stages, in the order the input declares them. */
  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }

  /** Adds a stage unless one of that name is there. */
  public void addStage(Stage stage) {
    if (!stageNames().contains(stage.name())) {
      stages.add(stage);
    }
  }

  /**
   * A method's or route's API key requirement as written: HTTP APIs have no API keys (a v2 route's
   * setting is "supported only for WebSocket APIs").
   */
  public Flag apiKeyRequirement(String written) {
    return protocol == ApiProtocol.HTTP ? Flag.OFF : Flag.of(written);
  }

  public boolean isPrivate() {
    return endpointType == EndpointType.PRIVATE;
  }

  /** {@code arn:partition:execute-api:region:account:apiId}, the prefix of every method ARN. */
  public String executeApiArnPrefix() {
    return expansion().arnPrefix();
  }

  /** What API Gateway expands the {@code execute-api:/…} shorthand of this API's policy with. */
  public ExpansionContext expansion() {
    return new ExpansionContext(partition, region, account, apiId);
  }
}
