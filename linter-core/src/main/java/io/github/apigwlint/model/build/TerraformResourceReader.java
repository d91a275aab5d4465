package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Deployment;
import io.github.apigwlint.model.DomainKind;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.Flag;
import io.github.apigwlint.model.MappingKind;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.model.Role;
import io.github.apigwlint.model.Stage;
import io.github.apigwlint.model.VpcEndpoint;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.EmbeddedJson;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceParseException;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns Terraform resources into the model, whether a plan ({@link TerraformPlan}) or a module's
 * configuration ({@link TerraformModule}) gives them. A value unknown until apply becomes an opaque
 * symbol, never a missing value. Resources link through literal ids, else through the references of
 * their attributes.
 */
final class TerraformResourceReader {

  private final FileContext context;
  private static final Pattern MODULES = Pattern.compile("^(module\\.[^.]+\\.)*");
  private static final Pattern INDEX = Pattern.compile("\\[[^\\]]*\\]");

  private final Map<String, TerraformResource> resources = new LinkedHashMap<>();
  /** The instances of each block ({@code aws_x.y} → {@code aws_x.y["a"]}, {@code aws_x.y["b"]}), in address order. */
  private final Map<String, List<String>> instances = new HashMap<>();
  private final Map<String, Api> apis = new HashMap<>();
  private final Map<String, DomainName> domains = new HashMap<>();
  private final Map<String, String> roleArns = new HashMap<>();
  /** {@code aws_api_gateway_rest_api_policy} resources linked to no API of the input. */
  private final List<TerraformResource> unplacedPolicies = new ArrayList<>();
  /** After the address of a called module's resource in messages: which root module its instance belongs to, or nothing. */
  private final String rootModule;

  /** The resources of a plan, or of a root module's own configuration. */
  TerraformResourceReader(FileContext context, List<TerraformResource> resources) {
    this(context, resources, null);
  }

  /**
   * The resources of a root module and the module instances it calls: messages name the root module
   * (its folder) after the addresses of the called ones, as two roots calling one module make different things.
   */
  TerraformResourceReader(FileContext context, List<TerraformResource> resources, String rootModule) {
    this.context = context;
    this.rootModule = rootModule == null ? "" : " of root module " + rootModule;
    resources.forEach(resource -> this.resources.put(resource.address(), resource));
    this.resources.keySet().forEach(address -> instances.computeIfAbsent(withoutIndex(address), a -> new ArrayList<>()).add(address));
  }

  /** The resource as messages name it. */
  private String named(TerraformResource resource) {
    return resource.address().startsWith("module.") ? resource.address() + rootModule : resource.address();
  }

  void read() {
    for (TerraformResource resource : resources.values()) {
      switch (resource.type()) {
        case "aws_api_gateway_rest_api" -> readRestApi(resource);
        case "aws_apigatewayv2_api" -> readV2Api(resource);
        case "aws_api_gateway_domain_name", "aws_apigatewayv2_domain_name" -> readDomain(resource);
        case "aws_vpc_endpoint" -> readVpcEndpoint(resource);
        case "aws_iam_role" -> readRole(resource);
        default -> {}
      }
    }
    for (TerraformResource resource : resources.values()) {
      switch (resource.type()) {
        case "aws_api_gateway_rest_api_policy" -> linked(resource, "rest_api_id", apis).ifPresentOrElse(api -> {
          addPolicy(resource, "policy", PolicyKind.API_RESOURCE_POLICY, api.name(), api, null);
          addDeploymentsOf(resource, api);
        }, () -> unplacedPolicies.add(resource));
        case "aws_api_gateway_method" -> readMethod(resource);
        case "aws_apigatewayv2_route" -> readRoute(resource);
        case "aws_api_gateway_stage", "aws_apigatewayv2_stage" -> readStage(resource);
        case "aws_api_gateway_base_path_mapping", "aws_apigatewayv2_api_mapping" -> readMapping(resource);
        case "aws_iam_role_policy" -> addPolicy(resource, "policy", PolicyKind.IDENTITY_POLICY, "policy " + named(resource), null,
            linkedAddress(resource, "role").map(roleArns::get).orElse(null));
        case "aws_iam_policy" -> addPolicy(resource, "policy", PolicyKind.IDENTITY_POLICY, "policy " + named(resource), null, null);
        default -> {}
      }
    }
    addUnknownPolicies();
  }

  /**
   * The REST APIs without a policy of their own that may still get one the input does not show: the
   * API's {@code policy} known only after apply, where the plan does not say whether the
   * configuration sets it, or an {@code aws_api_gateway_rest_api_policy} whose API is not known.
   * Their policy is unknown: neither "no policy" nor a policy that grants or denies.
   */
  private void addUnknownPolicies() {
    List<TerraformResource> unknownTarget = unplacedPolicies.stream()
        .filter(policy -> !policy.configured() && Symbols.isSymbolic(text(policy, "rest_api_id")))
        .toList();
    apis.forEach((address, api) -> {
      if (api.protocol() != ApiProtocol.REST || !context.workspace().resourcePolicies(api).isEmpty()) {
        return;
      }
      TerraformResource restApi = resources.get(address);
      Optional<TerraformResource> carrier = unconfiguredUnknownPolicy(restApi) ? Optional.of(restApi) : unknownTarget.stream().findFirst();
      carrier.ifPresent(c -> context.addUnknownPolicy(api, unknownPolicy(c), c.location(), c.values().pointer() + "/policy", context.element(c.address())));
    });
  }

  /** A REST API's {@code policy} known after apply in a plan that does not show whether the configuration sets it. */
  private static boolean unconfiguredUnknownPolicy(TerraformResource restApi) {
    return restApi.unknown().contains("policy") && !restApi.configured();
  }

  private static String unknownPolicy(TerraformResource carrier) {
    return carrier.type().equals("aws_api_gateway_rest_api") ? "policy of " + carrier.address() + " (known after apply)"
        : "policy of " + carrier.address() + ", whose API is known only after apply";
  }

  /** The attribute's value: literal, opaque when unknown until apply, or null when unset. */
  private Node value(TerraformResource resource, String attribute) {
    Node value = resource.values().get(attribute);
    if ((value == null || value instanceof ScalarNode s && s.isNull()) && resource.unknown().contains(attribute)) {
      return ScalarNode.string(Symbols.opaque(attribute + " of " + resource.address() + " (known after apply)"), resource.location(), resource.values().pointer() + "/" + attribute);
    }
    return value instanceof ScalarNode s && s.isNull() ? null : value;
  }

  private String text(TerraformResource resource, String attribute) {
    return Values.text(value(resource, attribute));
  }

  private void addPolicy(TerraformResource resource, String attribute, PolicyKind kind, String owner, Api api, String principal) {
    Node policy = value(resource, attribute);
    if (policy != null && !(policy instanceof ScalarNode s && s.text().isBlank())) {
      context.addPolicy(kind, policy, owner, context.element(resource.address()), api, principal);
    }
  }

  private void readRestApi(TerraformResource resource) {
    ObjectNode endpoint = firstBlock(resource, "endpoint_configuration");
    String declared = endpoint == null ? null : Values.first(endpoint.get("types"));
    EndpointType type = declared == null && !unknownBlock(resource, "endpoint_configuration")
        ? EndpointType.EDGE
        : EndpointType.parse(declared).orElse(null);
    List<String> vpce = endpoint == null ? List.of() : Values.texts(endpoint.get("vpc_endpoint_ids"));
    Optional<OpenApiDefinition> body = body(resource);
    Api api = newApi(resource, ApiProtocol.REST, type, vpce, body);
    // known after apply: set by configuration the plan shows (then an opaque policy), else computed
    // by the provider, or not known to be set (left to addUnknownPolicies)
    if (!resource.unknown().contains("policy") || resource.references().containsKey("policy")) {
      addPolicy(resource, "policy", PolicyKind.API_RESOURCE_POLICY, api.name(), api, null);
    }
    body.flatMap(OpenApiDefinition::policy)
        .ifPresent(p -> context.addPolicy(PolicyKind.API_RESOURCE_POLICY, p, api.name(), api.element(), api, null));
  }

  private void readV2Api(TerraformResource resource) {
    ApiProtocol protocol = "WEBSOCKET".equalsIgnoreCase(text(resource, "protocol_type")) ? ApiProtocol.WEBSOCKET : ApiProtocol.HTTP;
    Api api = newApi(resource, protocol, EndpointType.REGIONAL, List.of(), body(resource));
    if (protocol == ApiProtocol.HTTP && setTarget(resource)) {
      QuickCreate.add(api, text(resource, "route_key"), resource.location(), Syntax.TERRAFORM);
    }
  }

  /**
   * Whether quick create happens: {@code target} is set, or known after apply; a value the module
   * leaves open (a variable whose default is null) may be null, and then nothing is quick-created.
   */
  private boolean setTarget(TerraformResource resource) {
    return resource.unknown().contains("target")
        || value(resource, "target") != null && !Symbols.hasOpaque(text(resource, "target"));
  }

  private Api newApi(TerraformResource resource, ApiProtocol protocol, EndpointType type, List<String> vpce, Optional<OpenApiDefinition> body) {
    String kind = protocol == ApiProtocol.REST ? "REST API " : protocol == ApiProtocol.HTTP ? "HTTP API " : "WebSocket API ";
    String id = text(resource, "id");
    Api api = new Api(
        kind + named(resource), context.element(resource.address()), protocol,
        id != null && !Symbols.isSymbolic(id) ? id : Symbols.resource(resource.address()),
        context.account(), context.region(), context.partition(), type, vpce, resource.location(),
        body.map(definition -> definition.methods(protocol)).orElse(List.of()), List.of(), Syntax.TERRAFORM, null,
        Flag.first(text(resource, "disable_execute_api_endpoint"), body.map(OpenApiDefinition::disableExecuteApiEndpoint).orElse(null)), null);
    context.workspace().apis().add(api);
    apis.put(resource.address(), api);
    body.ifPresent(definition -> context.workspace().definitions().add(definition.of(api)));
    return api;
  }

  /** {@code body} is a JSON (or YAML, not read here) string; a definition that does not parse is ignored. */
  private Optional<OpenApiDefinition> body(TerraformResource resource) {
    Node body = value(resource, "body");
    if (body instanceof ObjectNode definition) {
      // a Terraform configuration's jsonencode({...}) or JSON heredoc, read in place
      return Optional.of(definition)
          .filter(OpenApiDefinition::looksLikeOpenApi)
          .map(o -> new OpenApiDefinition(o, context.element(resource.address())));
    }
    if (!(body instanceof ScalarNode scalar) || Symbols.isSymbolic(scalar.text()) || !scalar.text().trim().startsWith("{")) {
      return Optional.empty();
    }
    try {
      return Values.object(EmbeddedJson.parse(scalar, context.file()))
          .filter(OpenApiDefinition::looksLikeOpenApi)
          .map(o -> new OpenApiDefinition(o, context.element(resource.address())));
    } catch (SourceParseException e) {
      return Optional.empty();
    }
  }

  private void readMethod(TerraformResource resource) {
    Optional<Api> api = linked(resource, "rest_api_id", apis);
    if (api.isEmpty()) {
      return;
    }
    String verb = Optional.ofNullable(text(resource, "http_method")).map(Method::verb).orElse("ANY");
    String path = pathAt(resource, "resource_id", new HashSet<>())
        .orElseGet(() -> Symbols.opaque("resource path of " + resource.address()));
    api.get().methods().add(new Method(verb, path, AuthorizationType.parse(text(resource, "authorization")), resource.location(),
        context.element(resource.address()), Syntax.TERRAFORM, Flag.of(text(resource, "api_key_required")), null, null));
  }

  /**
   * The full path of the REST resource that {@code attribute} ({@code resource_id}, {@code
   * parent_id}) names: {@code /} for the API's {@code root_resource_id}, else the parent chain of
   * {@code aws_api_gateway_resource}s joined; empty when a link of the chain is not known.
   */
  private Optional<String> pathAt(TerraformResource from, String attribute, Set<String> visited) {
    Optional<TerraformResource> target = linkedAddress(from, attribute).map(resources::get).or(() -> byLiteralId(from, attribute));
    if (target.isEmpty() || !visited.add(target.get().address())) {
      return Optional.empty();
    }
    TerraformResource linked = target.get();
    if (linked.type().equals("aws_api_gateway_rest_api")) {
      return namesRoot(from, attribute, linked) ? Optional.of("/") : Optional.empty();
    }
    if (!linked.type().equals("aws_api_gateway_resource")) {
      return Optional.empty();
    }
    String known = text(linked, "path");
    if (known != null && !Symbols.isSymbolic(known)) {
      return Optional.of(known);
    }
    String part = text(linked, "path_part");
    return part == null ? Optional.empty()
        : pathAt(linked, "parent_id", visited).map(parent -> (parent.equals("/") ? "" : parent) + "/" + part);
  }

  /** The REST API or REST resource whose literal id (or root resource id) the attribute holds. */
  private Optional<TerraformResource> byLiteralId(TerraformResource from, String attribute) {
    String literal = text(from, attribute);
    if (literal == null || Symbols.isSymbolic(literal)) {
      return Optional.empty();
    }
    return resources.values().stream()
        .filter(r -> r.type().equals("aws_api_gateway_resource") && literal.equals(text(r, "id"))
            || r.type().equals("aws_api_gateway_rest_api") && literal.equals(text(r, "root_resource_id")))
        .findFirst();
  }

  /** Whether the attribute holds the API's root resource id, by reference or by value. */
  private boolean namesRoot(TerraformResource from, String attribute, TerraformResource api) {
    String literal = text(from, attribute);
    return literal != null && (literal.equals(text(api, "root_resource_id")) || literal.equals(Symbols.attribute(api.address(), "root_resource_id")))
        || from.references().getOrDefault(attribute, List.of()).stream()
            .anyMatch(ref -> withoutIndex(ref).equals(withoutIndex(api.address()) + ".root_resource_id"));
  }

  private void readRoute(TerraformResource resource) {
    Optional<Api> api = linked(resource, "api_id", apis);
    String routeKey = text(resource, "route_key");
    if (api.isEmpty() || routeKey == null) {
      return;
    }
    api.get().methods().add(Method.route(routeKey,
        AuthorizationType.parse(Optional.ofNullable(text(resource, "authorization_type")).orElse("NONE")),
        resource.location(), context.element(resource.address()), Syntax.TERRAFORM,
        api.get().apiKeyRequirement(text(resource, "api_key_required")), null));
  }

  private void readStage(TerraformResource resource) {
    Optional<Api> api = linked(resource, "rest_api_id", apis).or(() -> linked(resource, "api_id", apis));
    String stage = Optional.ofNullable(text(resource, "stage_name")).orElse(text(resource, "name"));
    if (api.isPresent() && stage != null) {
      api.get().addStage(new Stage(stage, resource.location(), context.element(resource.address())));
    }
  }

  private void readDomain(TerraformResource resource) {
    boolean v2 = resource.type().startsWith("aws_apigatewayv2");
    String block = v2 ? "domain_name_configuration" : "endpoint_configuration";
    ObjectNode config = firstBlock(resource, block);
    String declared = config == null ? null : v2 ? Values.text(config, "endpoint_type") : Values.first(config.get("types"));
    EndpointType type = declared == null && !unknownBlock(resource, block)
        ? (v2 ? EndpointType.REGIONAL : EndpointType.EDGE)
        : EndpointType.parse(declared).orElse(null);
    String name = Optional.ofNullable(text(resource, "domain_name")).orElse(named(resource));
    DomainName domain = new DomainName(
        name, context.element(resource.address()),
        v2 ? DomainKind.V2 : type == EndpointType.PRIVATE ? DomainKind.V1_PRIVATE : DomainKind.V1, Syntax.TERRAFORM,
        type, resource.location(),
        v2 ? null : text(resource, "certificate_arn"),
        v2 ? Values.text(config, "certificate_arn") : text(resource, "regional_certificate_arn"),
        v2 ? Values.text(config, "security_policy") : text(resource, "security_policy"),
        resource.location(), context.region(), mutualTls(resource));
    context.workspace().domains().add(domain);
    domains.put(resource.address(), domain);
    if (type == EndpointType.PRIVATE) {
      addPolicy(resource, "policy", PolicyKind.DOMAIN_POLICY, "domain name " + Symbols.render(name), null, null);
    }
  }

  private void readMapping(TerraformResource resource) {
    Api api = linked(resource, "api_id", apis).orElse(null);
    DomainName domain = linked(resource, "domain_name", domains).orElse(null);
    if (domain == null) {
      String name = text(resource, "domain_name");
      domain = domains.values().stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
    }
    String basePath = Optional.ofNullable(text(resource, "base_path")).orElse(text(resource, "api_mapping_key"));
    String domainNameId = Optional.ofNullable(text(resource, "domain_name_id"))
        .or(() -> linkedAddress(resource, "domain_name_id").map(address -> Symbols.attribute(address, "domain_name_id")))
        .orElse(null);
    MappingKind kind =
        resource.type().equals("aws_apigatewayv2_api_mapping") ? MappingKind.V2_API_MAPPING : MappingKind.V1_BASE_PATH;
    context.workspace().mappings().add(new ApiMapping(
        kind, Syntax.TERRAFORM, domain, api, basePath, domainNameId, resource.location(), context.element(resource.address())));
  }

  private void readVpcEndpoint(TerraformResource resource) {
    String id = text(resource, "id");
    VpcEndpoint endpoint = new VpcEndpoint(
        id != null && !Symbols.isSymbolic(id) ? id : Symbols.resource(resource.address()),
        text(resource, "service_name"), text(resource, "vpc_id"), resource.location(), context.element(resource.address()));
    context.workspace().vpcEndpoints().add(endpoint);
    addPolicy(resource, "policy", PolicyKind.VPC_ENDPOINT_POLICY, "VPC endpoint " + named(resource), null, null);
  }

  private void readRole(TerraformResource resource) {
    String arn = text(resource, "arn");
    if (arn == null) {
      String name = text(resource, "name");
      arn = name == null || Symbols.isSymbolic(name)
          ? Symbols.attribute(resource.address(), "arn")
          : context.roleArn(Optional.ofNullable(text(resource, "path")).orElse("/"), name);
    }
    Role role = new Role("role " + named(resource), arn, context.account(), resource.location(), context.element(resource.address()));
    context.workspace().roles().add(role);
    roleArns.put(resource.address(), arn);
    addPolicy(resource, "assume_role_policy", PolicyKind.TRUST_POLICY, role.name(), null, arn);
    if (resource.values().get("inline_policy") instanceof ArrayNode inline) {
      for (Node item : inline.items()) {
        Values.object(item).map(p -> p.get("policy")).filter(p -> p instanceof ScalarNode s && !s.text().isBlank())
            .ifPresent(p -> context.addPolicy(PolicyKind.IDENTITY_POLICY, p, role.name(), role.element(), null, role.arn()));
      }
    }
  }

  /** The deployments of the policy's API, each with how it follows the policy. */
  private void addDeploymentsOf(TerraformResource policy, Api api) {
    String policyAddress = withoutIndex(policy.address());
    for (TerraformResource deployment : resources.values()) {
      if (!deployment.type().equals("aws_api_gateway_deployment")
          || linked(deployment, "rest_api_id", apis).orElse(null) != api) {
        continue;
      }
      context.workspace().deployments().add(new Deployment(
          api, named(deployment), Syntax.TERRAFORM, deployment.location(), context.element(deployment.address()),
          policy.address(), policy.location(), following(deployment, policyAddress)));
    }
  }

  /**
   * How the deployment follows the policy: only a change of its {@code triggers} replaces it, and
   * {@code depends_on} orders its creation only. Unknown where the input does not show what the
   * triggers are made of.
   */
  private static Deployment.PolicyFollowing following(TerraformResource deployment, String policyAddress) {
    boolean ordered = names(deployment, "depends_on", policyAddress);
    List<String> triggers = deployment.references().get("triggers");
    if (!deployment.configured() || triggers != null && mayCarryOtherValues(triggers, deployment.address(), policyAddress)) {
      return Deployment.PolicyFollowing.UNKNOWN;
    }
    if (triggers == null) {
      return ordered ? Deployment.PolicyFollowing.ORDERED_AFTER_POLICY : Deployment.PolicyFollowing.UNRELATED;
    }
    if (names(deployment, "triggers", policyAddress)) {
      return Deployment.PolicyFollowing.TRIGGERED_BY_POLICY;
    }
    return ordered ? Deployment.PolicyFollowing.TRIGGERS_OMIT_POLICY_ORDERED_AFTER_IT : Deployment.PolicyFollowing.TRIGGERS_OMIT_POLICY;
  }

  /**
   * Whether a reference of the triggers may stand for a value built from the policy: a local not
   * followed here (a plan lists {@code local.x}, not what it is made of), another module's output,
   * or a variable where the policy lies outside the deployment's module.
   */
  private static boolean mayCarryOtherValues(List<String> references, String deploymentAddress, String policyAddress) {
    String module = modulePrefix(deploymentAddress);
    boolean policyElsewhere = !module.equals(modulePrefix(policyAddress));
    return references.stream().map(ref -> ref.startsWith(module) ? ref.substring(module.length()) : ref)
        .anyMatch(ref -> ref.startsWith("local.") || ref.startsWith("module.") || policyElsewhere && ref.startsWith("var."));
  }

  /** {@code module.a.module.b.} of {@code module.a.module.b.aws_x.y}, {@code ""} for the root module. */
  private static String modulePrefix(String address) {
    java.util.regex.Matcher modules = MODULES.matcher(withoutIndex(address));
    return modules.find() ? modules.group() : "";
  }

  /** Whether the references of the resource's {@code attribute} name {@code target} or one of its attributes. */
  private static boolean names(TerraformResource resource, String attribute, String target) {
    return resource.references().getOrDefault(attribute, List.of()).stream()
        .anyMatch(ref -> withoutIndex(ref).equals(target) || withoutIndex(ref).startsWith(target + "."));
  }

  /** A block known only when Terraform runs (unknown in a plan, or written as a dynamic block). */
  /** A {@code mutual_tls_authentication} block makes the domain ask clients for a certificate its truststore trusts. */
  private Flag mutualTls(TerraformResource resource) {
    if (unknownBlock(resource, "mutual_tls_authentication")) {
      return Flag.UNKNOWN;
    }
    return firstBlock(resource, "mutual_tls_authentication") != null ? Flag.ON : Flag.OFF;
  }

  private boolean unknownBlock(TerraformResource resource, String attribute) {
    return value(resource, attribute) instanceof ScalarNode scalar && Symbols.isSymbolic(scalar.text());
  }

  private ObjectNode firstBlock(TerraformResource resource, String attribute) {
    Node block = resource.values().get(attribute);
    if (block instanceof ArrayNode list && list.size() > 0) {
      return Values.object(list.items().get(0)).orElse(null);
    }
    return Values.object(block).orElse(null);
  }

  /** The element an attribute points at: by literal id, else through the configuration's references. */
  private <T> Optional<T> linked(TerraformResource resource, String attribute, Map<String, T> byAddress) {
    return linkedAddress(resource, attribute).map(byAddress::get).or(() -> {
      String literal = text(resource, attribute);
      if (literal == null || Symbols.isSymbolic(literal)) {
        return Optional.empty();
      }
      return byAddress.entrySet().stream()
          .filter(e -> literal.equals(text(resources.get(e.getKey()), "id")) || literal.equals(text(resources.get(e.getKey()), "domain_name")))
          .map(Map.Entry::getValue)
          .findFirst();
    });
  }

  /**
   * The resource an attribute's references name: the instance they name ({@code aws_x.y["a"]}),
   * else the one instance of the block they name; never one of several the references do not tell apart.
   */
  private Optional<String> linkedAddress(TerraformResource resource, String attribute) {
    List<String> refs = resource.references().getOrDefault(attribute, List.of());
    for (String ref : refs) {
      for (String candidate : List.of(ref, ref.contains(".") ? ref.substring(0, ref.lastIndexOf('.')) : ref)) {
        if (resources.containsKey(candidate)) {
          return Optional.of(candidate);
        }
        List<String> named = instances.getOrDefault(withoutIndex(candidate), List.of());
        if (!named.isEmpty()) {
          return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }
      }
    }
    return symbolAddress(text(resource, attribute));
  }

  /**
   * The resource whose id (or, for a REST API, root resource id) a value is, where it came through a module output or
   * variable ({@code module.api.rest_api_id}) and so names no resource in its references.
   */
  private Optional<String> symbolAddress(String value) {
    return value == null ? Optional.empty() : resources.keySet().stream()
        .filter(address -> value.equals(Symbols.resource(address)) || value.equals(Symbols.attribute(address, "root_resource_id")))
        .findFirst();
  }

  static String withoutIndex(String address) {
    return address.indexOf('[') < 0 ? address : INDEX.matcher(address).replaceAll("");
  }
}
