package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.CreationCondition;
import io.github.apigwlint.model.Flag;
import io.github.apigwlint.model.Deployment;
import io.github.apigwlint.model.DomainKind;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.MappingKind;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.model.Role;
import io.github.apigwlint.model.SamPolicySettings;
import io.github.apigwlint.model.SamTransformError;
import io.github.apigwlint.model.Stage;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.model.VpcEndpoint;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import io.github.apigwlint.source.cfn.TemplateResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the API Gateway, VPC endpoint and IAM resources of one CloudFormation template (SAM and CDK
 * output included) into the workspace. Elements link to each other through the symbols that
 * {@code Ref} and {@code Fn::GetAtt} resolve to.
 */
final class CloudFormationReader {

  /** One resource of the template: its logical id, type and resolved properties. */
  /**
   * A resource of the template. Its properties are resolved when a reader first asks: most resources of
   * a template are of types no reader reads, and resolving them was a fifth of reading a workspace.
   */
  private static final class Resource {

    private final String id;
    private final String type;
    private final Location location;
    private final CreationCondition condition;
    private Supplier<ObjectNode> unresolved;
    private ObjectNode properties;

    Resource(String id, String type, Supplier<ObjectNode> properties, Location location, CreationCondition condition) {
      this.id = id;
      this.type = type;
      this.unresolved = properties;
      this.location = location;
      this.condition = condition;
    }

    Resource(String id, String type, ObjectNode properties, Location location, CreationCondition condition) {
      this(id, type, () -> properties, location, condition);
    }

    String id() {
      return id;
    }

    String type() {
      return type;
    }

    ObjectNode properties() {
      if (properties == null) {
        properties = unresolved.get();
        unresolved = null;
      }
      return properties;
    }

    Location location() {
      return location;
    }

    /** The condition it is created under, or null. */
    CreationCondition condition() {
      return condition;
    }
  }

  /** SAM's stage of an HttpApi without StageName. */
  private static final String SAM_HTTP_API_STAGE = "$default";

  /** The stage SAM's Deployment of a REST API creates beside the declared one. */
  private static final String SAM_EXTRA_STAGE = "Stage";

  /** SAM's stage of a WebSocketApi without StageName. */
  private static final String SAM_WEBSOCKET_STAGE = "default";

  private final FileContext context;
  private final TemplateResolver resolver;
  private final Map<String, Resource> resources = new LinkedHashMap<>();
  private final Map<String, Api> apisBySymbol = new HashMap<>();
  private final Map<String, DomainName> domainsBySymbol = new HashMap<>();
  private final Map<String, String> roleArnsBySymbol = new HashMap<>();
  private final SamApplication sam;
  /** The template as written, for what its resolved values no longer show (the conditions inside a definition). */
  private final ObjectNode template;

  CloudFormationReader(FileContext context, ObjectNode template, TemplateResolver resolver) {
    this.context = context;
    this.resolver = resolver;
    this.template = template;
    this.sam = new SamApplication(template, resolver);
    Values.object(template, "Resources").ifPresent(this::index);
    addImplicitApis();
  }

  private void index(ObjectNode declared) {
    for (var entry : declared.entries().entrySet()) {
      if (!(entry.getValue() instanceof ObjectNode body)) {
        continue;
      }
      String type = Values.text(body, "Type");
      if (type == null) {
        continue;
      }
      ObjectNode raw = Values.object(body, "Properties").orElse(new ObjectNode(body.location(), body.pointer() + "/Properties"));
      Location location = declared.key(entry.getKey()).location();
      CreationCondition condition = creationCondition(Values.text(body, "Condition"));
      if (type.startsWith("AWS::Serverless::")) {
        ObjectNode properties = sam.withGlobals(type, resolved(raw));
        SamApplication.Source.of(type).ifPresent(source -> sam.readEvents(source, entry.getKey(), condition, properties));
        resources.put(entry.getKey(), new Resource(entry.getKey(), type, properties, location, condition));
      } else {
        resources.put(entry.getKey(), new Resource(entry.getKey(), type, () -> resolved(raw), location, condition));
      }
    }
  }

  private ObjectNode resolved(ObjectNode raw) {
    return resolver.resolve(raw) instanceof ObjectNode resolved ? resolved : raw;
  }

  /** The APIs SAM creates for events that name none ({@code ServerlessRestApi}, {@code ServerlessHttpApi}). */
  private void addImplicitApis() {
    for (boolean http : new boolean[] {false, true}) {
      String id = http ? SamApplication.IMPLICIT_HTTP_API : SamApplication.IMPLICIT_REST_API;
      // SAM puts its implicit API in place of a resource the template declares under that id
      // (samtranslator ImplicitApiPlugin.on_before_transform_template), and restores it only when no event needs the API
      if (!sam.usesImplicit(http)) {
        continue;
      }
      String type = http ? "AWS::Serverless::HttpApi" : "AWS::Serverless::Api";
      Location at = sam.eventsOf(id, http).get(0).location();
      resources.put(id, new Resource(id, type, sam.implicitProperties(type, at, "/Resources/" + id), at, sam.implicitCondition(http)));
    }
  }

  void read() {
    for (Resource resource : resources.values()) {
      switch (resource.type()) {
        case "AWS::ApiGateway::RestApi", "AWS::Serverless::Api" -> readRestApi(resource);
        case "AWS::ApiGatewayV2::Api" -> readV2Api(resource, protocolOf(resource));
        case "AWS::Serverless::HttpApi" -> readV2Api(resource, ApiProtocol.HTTP);
        case "AWS::Serverless::WebSocketApi" -> readSamWebSocketApi(resource);
        case "AWS::ApiGateway::DomainName", "AWS::ApiGateway::DomainNameV2", "AWS::ApiGatewayV2::DomainName" ->
            readDomain(resource);
        case "AWS::EC2::VPCEndpoint" -> readVpcEndpoint(resource);
        case "AWS::IAM::Role" -> readRole(resource);
        default -> {}
      }
    }
    RestPaths paths = new RestPaths(resources.values().stream()
        .filter(r -> r.type().equals("AWS::ApiGateway::Resource"))
        .collect(java.util.stream.Collectors.toMap(Resource::id, Resource::properties)), context.problems()::add);
    for (Resource resource : resources.values()) {
      switch (resource.type()) {
        case "AWS::ApiGateway::Method" -> readMethod(resource, paths);
        case "AWS::ApiGatewayV2::Route" -> readRoute(resource);
        case "AWS::ApiGatewayV2::ApiGatewayManagedOverrides" -> readManagedOverrides(resource);
        case "AWS::ApiGateway::Stage", "AWS::ApiGatewayV2::Stage", "AWS::ApiGateway::Deployment" -> readStage(resource);
        case "AWS::ApiGateway::BasePathMapping", "AWS::ApiGateway::BasePathMappingV2", "AWS::ApiGatewayV2::ApiMapping" ->
            readMapping(resource);
        case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy" -> readIdentityPolicy(resource);
        default -> {}
      }
    }
  }

  private void readRestApi(Resource resource) {
    ObjectNode props = resource.properties();
    EndpointType endpointType = endpointType(props);
    List<String> vpcEndpointIds = new ArrayList<>(endpointConfiguration(props).map(c -> Values.texts(c.get("VpcEndpointIds"))).orElse(List.of()));
    vpcEndpointIds.addAll(endpointConfiguration(props).map(c -> Values.texts(c.get("VPCEndpointIds"))).orElse(List.of()));
    Definition body = definition(resource);
    body.read().ifPresent(definition -> vpcEndpointIds.addAll(definition.vpcEndpointIds()));
    Api api = newApi(resource, ApiProtocol.REST, endpointType, vpcEndpointIds, body, samAuthorizers(resource, false));
    addPolicyProperty(resource, api, "Policy");
    if (resource.type().equals("AWS::Serverless::Api")) {
      readSamApi(resource, api, body);
    } else {
      addBodyPolicy(resource, api, body.read());
    }
    addUnknownDefinitionPolicy(api, body);
  }

  /**
   * What the SAM transform adds to an {@code AWS::Serverless::Api}: methods of the function events it
   * writes into the definition, the default authorizer, the resource policy expanded per path, and
   * the custom domain.
   */
  private void readSamApi(Resource resource, Api api, Definition body) {
    ObjectNode props = resource.properties();
    ObjectNode auth = Values.object(props, "Auth").orElse(null);
    // SAM writes HttpApi events that name a REST API into its OpenAPI 3 definition, before it edits
    // the definition for the API (samtranslator HttpApi._add_openapi_integration, which fails on any other)
    if (body.read().filter(OpenApiDefinition::openApi3).isPresent()) {
      SamEventRoutes.addRoutes(api, sam.eventsOf(resource.id(), true), auth, false, this::eventElement);
    }
    applyDefaultApiKey(api, auth);
    List<SamApplication.Event> events = sam.eventsOf(resource.id(), false);
    List<SamApplication.Event> written = restEventsWritten(props, body, events);
    Optional<SamTransformError> routedTwice = SamEventRoutes.addRoutes(api, written, auth, body.absent(), this::eventElement);
    SamEventRoutes.overrideAuth(api, events.stream().filter(e -> !written.contains(e)).toList(), auth);
    SamCors cors = SamCors.rest(api, resource.id(), props, sam.writtenCors(resource.id()).orElse(null));
    List<Method> preflights = body.unknown() ? List.of() : cors.preflights(
        body.read().map(OpenApiDefinition::pathNames).orElse(List.of()), samAuthorizers(resource, false),
        path -> context.element(resource.id() + "/Cors") + " OPTIONS " + path,
        path -> body.read().map(definition -> definition.pathCondition(path)).orElseGet(() -> samPathCondition(resource.id(), api, path)));
    Optional<SamTransformError> corsRefused = cors.refusal(preflights);
    List<Method> corsMethods = corsRefused.isPresent() ? List.of() : preflights;
    api.methods().addAll(corsMethods);
    if (api.stages().isEmpty()) {
      api.addStage(new Stage(
          resource.id().equals(SamApplication.IMPLICIT_REST_API) ? "Prod" : Symbols.opaque("stage of " + resource.id()),
          resource.location(), context.element(resource.id() + "/Stage")));
    }
    String stage = api.stageNames().get(0);
    addExtraStage(resource, api);
    Optional<ObjectNode> resourcePolicy = Values.object(auth, "ResourcePolicy");
    Node anchor = resourcePolicy.map(n -> (Node) n).orElse(props);
    SamResourcePolicy generated = new SamResourcePolicy(anchor);
    // SAM appends its statements to the definition's own policy, which it reads as a mapping
    boolean merged = body.read().flatMap(OpenApiDefinition::policy).flatMap(Values::object).filter(generated::appendTo).isPresent();
    List<SamTransformError> refusals = new ArrayList<>();
    routedTwice.ifPresent(refusals::add);
    // Per-event policies cover the methods of the event's path known when SAM reaches the event.
    Map<String, List<String>> seen = new LinkedHashMap<>();
    body.read().ifPresent(d -> d.methods(ApiProtocol.REST).forEach(m -> seen.computeIfAbsent(m.path(), p -> new ArrayList<>()).add(m.verb())));
    for (SamApplication.Event event : events) {
      boolean added = written.contains(event);
      List<String> verbs = added ? seen.computeIfAbsent(event.path(), p -> new ArrayList<>()) : seen.getOrDefault(event.path(), List.of());
      if (added && !verbs.contains(event.verb())) {
        verbs.add(event.verb());
      }
      // SAM applies an event's Auth to the definition when it writes the event there, or when told to override
      Optional<ObjectNode> eventPolicy = Values.object(event.auth(), "ResourcePolicy").filter(p -> added || event.overridesApiAuth());
      if (eventPolicy.isPresent()) {
        generated.addPath(eventPolicy.get(), event.path(), List.copyOf(verbs), event.policyStage(stage));
        generated.addCustomStatements(eventPolicy.get());
        sam.writtenResourcePolicy(event)
            .flatMap(eventPolicyWritten -> SamVpcLists.refusal(
                api, event.sourceId() + ".Events." + event.name() + ".Auth.ResourcePolicy", List.of(eventPolicyWritten), resolver))
            .ifPresent(refusals::add);
      }
    }
    corsRefused.ifPresent(refusals::add);
    // SAM writes Cors before Auth: the API's policy covers the OPTIONS methods too
    corsMethods.forEach(m -> seen.computeIfAbsent(m.path(), p -> new ArrayList<>()).add(m.verb()));
    if (resourcePolicy.isPresent() && body.unknown() && SamResourcePolicy.hasPerPathKeys(resourcePolicy.get())) {
      ObjectNode policy = resourcePolicy.get();
      addUnknownPolicy(api, "statements SAM writes for the paths of a definition this run cannot read", policy.location(), policy.pointer());
    } else if (resourcePolicy.isPresent()) {
      // SAM reads the lists once per path: without paths it refuses nothing
      if (!seen.isEmpty()) {
        SamVpcLists.refusal(api, "Auth.ResourcePolicy", sam.writtenResourcePolicies(resource.id()), resolver).ifPresent(refusals::add);
      }
      seen.forEach((path, verbs) -> generated.addPath(resourcePolicy.get(), path, verbs, stage));
      generated.addCustomStatements(resourcePolicy.get());
      context.workspace().samPolicySettings().add(new SamPolicySettings(
          api, resourcePolicy.get().location(), SamResourcePolicy.hasPerPathKeys(resourcePolicy.get()), seen.size()));
    }
    // SAM stops at the first setting it refuses, and the stack keeps whatever policy it had
    Optional<SamTransformError> refused = refusals.stream().findFirst();
    if (refused.isPresent()) {
      context.workspace().samTransformErrors().add(refused.get());
      addBodyPolicy(resource, api, body.read());
      addUnknownPolicy(api, "policy that the SAM transform fails to write", refused.get().location(), anchor.pointer());
    } else {
      if (generated.isEmpty() || !merged) {
        addBodyPolicy(resource, api, body.read());
      }
      if (!generated.isEmpty()) {
        context.addPolicy(PolicyKind.API_RESOURCE_POLICY, generated.document(), api.name(), api.element(), api, null, generated.origins());
      }
    }
    readSamDomain(resource, api, false);
    addSamDeployment(resource, api);
  }

  /**
   * SAM's Deployment of a REST API creates a second stage, {@code Stage}, unless {@code OpenApiVersion}
   * is set (samtranslator {@code ApiGenerator._construct_deployment}: {@code StageName = "Stage"} when
   * {@code remove_extra_stage}, the {@code OpenApiVersion} value, is empty): it serves the same methods.
   */
  private static void addExtraStage(Resource resource, Api api) {
    Node version = resource.properties().get("OpenApiVersion");
    boolean removed = version != null && !(version instanceof ScalarNode scalar && (scalar.text() == null || scalar.text().isEmpty()));
    if (!removed && !api.stageNames().contains(SAM_EXTRA_STAGE)) {
      api.addStage(new Stage(SAM_EXTRA_STAGE, resource.location(), api.element() + "/Deployment/Stage"));
    }
  }

  /**
   * The condition of a path item of a definition SAM generates: the one its methods' events share, or
   * the {@code Fn::Or} of theirs when every method has one (samtranslator {@code
   * ImplicitApiPlugin._maybe_add_conditions_to_implicit_api_paths}, {@code _path_condition_name}).
   */
  private static CreationCondition samPathCondition(String apiId, Api api, String path) {
    List<CreationCondition> conditions = api.methods().stream().filter(m -> path.equals(m.path())).map(Method::condition).toList();
    String pathId = path.replace("/", "SLASH").replace("{", "OB").replace("}", "CB");
    return SamApplication.combined(apiId + pathId + "PathCondition", conditions);
  }

  /** SAM names its Deployment by a hash of the definition, the Domain block and function names, not of {@code Policy}. */
  private void addSamDeployment(Resource resource, Api api) {
    ObjectNode.Key policy = resource.properties().key("Policy");
    context.workspace().deployments().add(new Deployment(
        api, resource.id() + "Deployment", Syntax.CLOUDFORMATION, resource.location(),
        context.element(resource.id() + "/Deployment"), policy == null ? null : "Policy",
        policy == null ? null : policy.location(),
        policy == null ? Deployment.PolicyFollowing.TRIGGERED_BY_POLICY : Deployment.PolicyFollowing.OUTSIDE_SAM_DEPLOYMENT_HASH));
  }

  /** What SAM writes into the definition from the API's {@code Auth}; nothing for an API SAM does not transform. */
  private SamAuthorizers samAuthorizers(Resource resource, boolean http) {
    if (!resource.type().startsWith("AWS::Serverless::")) {
      return SamAuthorizers.UNTRANSFORMED;
    }
    // SAM writes HttpApi events into any definition; Api events go into one it merges separately
    return SamAuthorizers.of(
        Values.object(resource.properties(), "Auth").orElse(null), http, http ? sam.eventsOf(resource.id(), true) : List.of());
  }

  /** SAM's {@code Auth.ApiKeyRequired} puts the API key requirement on every method of the definition. */
  private static void applyDefaultApiKey(Api api, ObjectNode auth) {
    Flag required = Flag.of(Values.text(auth, "ApiKeyRequired"));
    if (required != Flag.OFF) {
      api.methods().replaceAll(m -> m.apiKeyRequired() == Flag.OFF ? m.withApiKeyRequired(required) : m);
    }
    if (SamApplication.preflightWithoutApiKey(auth)) {
      api.methods().replaceAll(m -> "OPTIONS".equals(m.verb()) ? m.withApiKeyRequired(Flag.OFF) : m);
    }
  }

  private String eventElement(SamApplication.Event event) {
    return context.element(event.sourceId() + "/Events/" + event.name());
  }

  /** SAM's {@code Domain}: DomainName (EDGE/REGIONAL, default REGIONAL) or DomainNameV2 (PRIVATE) and its mappings. */
  private void readSamDomain(Resource resource, Api api, boolean http) {
    Optional<ObjectNode> domainBlock = Values.object(resource.properties(), "Domain");
    if (domainBlock.isEmpty()) {
      return;
    }
    ObjectNode block = domainBlock.get();
    String declared = Values.text(block, "EndpointConfiguration");
    EndpointType type = declared == null ? EndpointType.REGIONAL : EndpointType.parse(declared).orElse(null);
    DomainKind kind = http ? DomainKind.V2 : type == EndpointType.PRIVATE ? DomainKind.V1_PRIVATE : DomainKind.V1;
    String certificate = Values.text(block, "CertificateArn");
    String name = Optional.ofNullable(Values.text(block, "DomainName")).orElse(resource.id() + " Domain");
    Location where = resource.properties().key("Domain") != null ? resource.properties().key("Domain").location() : block.location();
    DomainName domain = new DomainName(
        name, context.element(resource.id() + "/Domain"), kind, Syntax.CLOUDFORMATION, type, where,
        type == EndpointType.REGIONAL && !http ? null : certificate,
        type == EndpointType.REGIONAL || http ? certificate : null,
        Values.text(block, "SecurityPolicy"), block.location(), context.region(), mutualTls(block));
    context.workspace().domains().add(domain);
    if (block.has("Policy") && type == EndpointType.PRIVATE) {
      context.addPolicy(PolicyKind.DOMAIN_POLICY, block.get("Policy"), "domain name " + Symbols.render(name), domain.element(), null, null);
    }
    List<String> basePaths = Values.texts(block.get("BasePath"));
    for (String basePath : basePaths.isEmpty() ? List.of("") : basePaths) {
      MappingKind mappingKind = http ? MappingKind.V2_API_MAPPING
          : type == EndpointType.PRIVATE ? MappingKind.V1_PRIVATE_BASE_PATH : MappingKind.V1_BASE_PATH;
      Location at = block.get("BasePath") != null ? block.get("BasePath").location() : where;
      context.workspace().mappings().add(new ApiMapping(
          mappingKind, Syntax.CLOUDFORMATION, domain, api, samBasePath(basePath, http, block),
          Symbols.attribute(resource.id() + "/Domain", "DomainNameArn"), at,
          context.element(samMappingId(resource.id(), basePaths.isEmpty() ? null : basePath, http))));
    }
  }

  /**
   * The base path SAM writes: for a REST API only the letters and digits unless {@code
   * NormalizeBasePath} is false ({@code ApiGenerator._construct_api_domain}), for an HTTP API the path
   * without leading and trailing {@code /} ({@code ApiV2Generator._construct_basepath_mappings}).
   */
  private static String samBasePath(String written, boolean http, ObjectNode domain) {
    if (Symbols.isSymbolic(written)) {
      return written;
    }
    if (http) {
      return written.replaceAll("^/+|/+$", "");
    }
    boolean normalize = !"false".equalsIgnoreCase(Values.text(domain, "NormalizeBasePath"));
    return normalize ? written.replaceAll("[^A-Za-z0-9]", "") : written;
  }

  /** The logical id SAM gives the mapping of {@code basePath} (null: the API's only mapping), as the generated stack names it. */
  private static String samMappingId(String apiId, String basePath, boolean http) {
    String suffix = http ? "ApiMapping" : "BasePathMapping";
    if (basePath == null) {
      return apiId + suffix;
    }
    return apiId + (http ? basePath.replaceAll("[-_/]+", "") : basePath.replaceAll("[^A-Za-z0-9]", "")) + suffix;
  }

  /**
   * A definition this run cannot read (in S3, or included from S3) may hold an {@code
   * x-amazon-apigateway-policy}: without another policy, the API's policy is then unknown, not absent.
   */
  private void addUnknownDefinitionPolicy(Api api, Definition body) {
    if (body.unknown() && context.workspace().resourcePolicies(api).isEmpty()) {
      addUnknownPolicy(api, "policy in the API definition outside the template", body.unknownAt().location(), body.unknownAt().pointer());
    }
  }

  /** A resource policy whose statements the input does not give: every answer that depends on it is unknown. */
  private void addUnknownPolicy(Api api, String what, Location at, String pointer) {
    context.addUnknownPolicy(api, what, at, pointer, api.element());
  }

  private void readV2Api(Resource resource, ApiProtocol protocol) {
    Definition body = definition(resource);
    Api api = newApi(resource, protocol, EndpointType.REGIONAL, List.of(), body, samAuthorizers(resource, true));
    if (resource.type().equals("AWS::Serverless::HttpApi")) {
      ObjectNode auth = Values.object(resource.properties(), "Auth").orElse(null);
      // SAM writes HttpApi events into any DefinitionBody it is given; an unread one leaves every route unknown
      if (!body.unknown()) {
        SamEventRoutes.addRoutes(api, sam.eventsOf(resource.id(), true), auth, body.absent(), this::eventElement)
            .ifPresent(context.workspace().samTransformErrors()::add);
      }
      SamCors.http(api, resource.id(), resource.properties()).refusal(List.of()).ifPresent(context.workspace().samTransformErrors()::add);
      readSamDomain(resource, api, true);
      if (api.stages().isEmpty()) {
        api.addStage(new Stage(SAM_HTTP_API_STAGE, resource.location(), context.element(resource.id() + "/Stage")));
      }
    }
    if (protocol == ApiProtocol.HTTP && resource.properties().has("Target")) {
      QuickCreate.add(api, Values.text(resource.properties(), "RouteKey"), resource.location(), Syntax.CLOUDFORMATION);
    }
    // Not a valid property of v2 APIs; written anyway by people who expect REST semantics.
    addPolicyProperty(resource, api, "Policy");
    addBodyPolicy(resource, api, body.read());
  }

  /**
   * SAM's WebSocket API: a route per key of {@code Routes}, {@code Auth.AuthType} on {@code $connect}
   * only, and the stage {@code StageName} or {@code default} (samtranslator {@code
   * WebSocketApiGenerator}).
   */
  private void readSamWebSocketApi(Resource resource) {
    Api api = newApi(resource, ApiProtocol.WEBSOCKET, EndpointType.REGIONAL, List.of(), Definition.ABSENT, SamAuthorizers.UNTRANSFORMED);
    ObjectNode props = resource.properties();
    AuthorizationType onConnect = AuthorizationType.parse(Values.objectAt(props, "Auth").map(a -> Values.text(a, "AuthType")).orElse(null));
    Values.object(props, "Routes").ifPresent(routes -> routes.entries().keySet().forEach(key -> api.methods().add(
        Method.route(key, key.equals("$connect") ? onConnect : AuthorizationType.NONE, routes.key(key).location(),
            context.element(resource.id() + "/Routes/" + key), Syntax.SAM))));
    if (api.stages().isEmpty()) {
      api.addStage(new Stage(SAM_WEBSOCKET_STAGE, resource.location(), context.element(resource.id() + "/Stage")));
    }
  }

  private Api newApi(Resource resource, ApiProtocol protocol, EndpointType endpointType, List<String> vpcEndpointIds,
      Definition definition, SamAuthorizers sam) {
    Optional<OpenApiDefinition> body = definition.read();
    String symbol = Symbols.resource(resource.id());
    Syntax syntax = resource.type().startsWith("AWS::Serverless::") ? Syntax.SAM : Syntax.CLOUDFORMATION;
    String kind = protocol == ApiProtocol.REST ? "REST API" : protocol == ApiProtocol.HTTP ? "HTTP API" : "WebSocket API";
    Api api =
        new Api(
            kind + " " + resource.id(),
            context.element(resource.id()),
            protocol,
            symbol,
            context.account(),
            context.region(),
            context.partition(),
            endpointType,
            vpcEndpointIds,
            resource.location(),
            body.map(openApi -> openApi.methods(protocol, sam)).orElse(List.of()),
            stageNameOf(resource),
            syntax,
            resource.condition(),
            Flag.first(Values.text(resource.properties(), "DisableExecuteApiEndpoint"),
                body.map(OpenApiDefinition::disableExecuteApiEndpoint).orElse(null)),
            undeclared(definition, sam, Method.undeclared(resource.location(), context.element(resource.id()), syntax)));
    context.workspace().apis().add(api);
    apisBySymbol.put(symbol, api);
    body.ifPresent(openApi -> context.workspace().definitions().add(openApi.of(api)));
    return api;
  }

  /**
   * The method that stands for every method of an API that declares none. SAM's default authorizer
   * reaches only the operations of the definition: with a definition this run reads, none has any,
   * and the API's methods are as unknown as those of any API without methods.
   */
  private static Method undeclared(Definition definition, SamAuthorizers sam, Method unread) {
    return definition.unknown() ? sam.undeclared(unread) : unread;
  }

  /** A resource's {@code Condition}, with its value where the template decides it; null for none. */
  private CreationCondition creationCondition(String name) {
    return name == null ? null : new CreationCondition(name, resolver.condition(name).orElse(null));
  }

  /** A {@code MutualTlsAuthentication} block makes the domain ask clients for a certificate its truststore trusts. */
  private static Flag mutualTls(ObjectNode domain) {
    Node block = domain.get("MutualTlsAuthentication");
    if (block == null) {
      return Flag.OFF;
    }
    return block instanceof ObjectNode ? Flag.ON : Flag.UNKNOWN;
  }

  /** SAM APIs declare their stage inline; a missing one is SAM's {@code Prod}... only for SAM. */
  private List<Stage> stageNameOf(Resource resource) {
    String stage = Values.text(resource.properties(), "StageName");
    ObjectNode.Key key = resource.properties().key("StageName");
    Location where = key == null ? resource.location() : key.location();
    return stage == null ? List.of() : List.of(new Stage(stage, where, context.element(resource.id() + "/Stage")));
  }

  /**
   * The OpenAPI definition an API is created from: read from the template (an included local file
   * too), absent, or unknown ({@code unknownAt} set) when it is kept outside the template ({@code
   * BodyS3Location}, {@code DefinitionUri}) or written as a value this run cannot read (an {@code
   * AWS::Include} from S3, an intrinsic it cannot resolve).
   */
  private record Definition(Optional<OpenApiDefinition> read, Node unknownAt) {

    static final Definition ABSENT = new Definition(Optional.empty(), null);

    boolean unknown() {
      return unknownAt != null;
    }

    boolean absent() {
      return read.isEmpty() && unknownAt == null;
    }
  }

  private Definition definition(Resource resource) {
    ObjectNode props = resource.properties();
    String property = props.has("Body") ? "Body" : "DefinitionBody";
    Node body = props.get(property);
    Node external = props.has("BodyS3Location") ? props.get("BodyS3Location") : props.get("DefinitionUri");
    if (body instanceof ObjectNode object) {
      ObjectNode written = Values.objectAt(template, "Resources", resource.id(), "Properties", property).orElse(object);
      ConditionalContents contents = new ConditionalContents(written, resolver);
      return new Definition(
          Optional.of(object).filter(OpenApiDefinition::looksLikeOpenApi).map(o -> new OpenApiDefinition(o, o.pointer(), contents)), null);
    }
    return new Definition(Optional.empty(), body != null ? body : external);
  }

  /**
   * The {@code Api} events SAM writes into a REST API's definition: all of them into the definition
   * it generates when none is given, a function's into a given {@code DefinitionBody} only with {@code
   * MergeDefinitions: true} (samtranslator {@code Api._add_swagger_integration}); else the methods are
   * the definition's, and an event only adds the permission to invoke its target. SAM merges into the
   * definition's {@code paths} only where it has some ({@code Api._get_merged_definitions} writes into a
   * new mapping when they are absent or empty, and drops it): then no event is written.
   */
  private static List<SamApplication.Event> restEventsWritten(ObjectNode props, Definition body, List<SamApplication.Event> events) {
    boolean merge = "true".equalsIgnoreCase(Values.text(props, "MergeDefinitions")) && body.read().filter(OpenApiDefinition::hasPaths).isPresent();
    return events.stream().filter(e -> body.absent() || merge && e.mergesIntoGivenDefinition()).toList();
  }

  private void addPolicyProperty(Resource resource, Api api, String property) {
    if (resource.properties().has(property)) {
      context.addPolicy(
          PolicyKind.API_RESOURCE_POLICY,
          resource.properties().get(property),
          api.name(),
          api.element(),
          api,
          null);
    }
  }

  private void addBodyPolicy(Resource resource, Api api, Optional<OpenApiDefinition> body) {
    body.flatMap(OpenApiDefinition::policy)
        .ifPresent(policy -> context.addPolicy(PolicyKind.API_RESOURCE_POLICY, policy, api.name(), api.element(), api, null));
  }

  private static ApiProtocol protocolOf(Resource resource) {
    String protocol = Values.text(resource.properties(), "ProtocolType");
    return "WEBSOCKET".equalsIgnoreCase(protocol) ? ApiProtocol.WEBSOCKET : ApiProtocol.HTTP;
  }

  private static Optional<ObjectNode> endpointConfiguration(ObjectNode props) {
    return Values.object(props, "EndpointConfiguration");
  }

  /** CloudFormation's {@code Types} list, SAM's string or {@code {Type}}, or the import parameter. */
  private static EndpointType endpointType(ObjectNode props) {
    Node configuration = props.get("EndpointConfiguration");
    String declared = Values.first(configuration);
    if (configuration instanceof ObjectNode object) {
      declared = object.has("Types") ? Values.first(object.get("Types")) : Values.text(object, "Type");
    }
    if (declared == null) {
      declared = Values.object(props, "Parameters").map(p -> Values.text(p, "endpointConfigurationTypes")).orElse(null);
    }
    if (declared == null) {
      return EndpointType.EDGE;
    }
    return EndpointType.parse(declared).orElse(null);
  }

  private void readMethod(Resource resource, RestPaths paths) {
    ObjectNode props = resource.properties();
    Api api = apisBySymbol.get(Values.text(props, "RestApiId"));
    if (api == null) {
      return;
    }
    String verb = Optional.ofNullable(Values.text(props, "HttpMethod")).map(Method::verb).orElse("ANY");
    String path = paths.pathOf(Values.text(props, "ResourceId"));
    api.methods().add(methodOf(resource, api, verb, path));
  }

  private Method methodOf(Resource resource, Api api, String verb, String path) {
    ObjectNode props = resource.properties();
    return new Method(verb, path, AuthorizationType.parse(Values.text(props, "AuthorizationType")), resource.location(),
        context.element(resource.id()), Syntax.CLOUDFORMATION, api.apiKeyRequirement(Values.text(props, "ApiKeyRequired")),
        resource.condition(), null);
  }

  private void readRoute(Resource resource) {
    ObjectNode props = resource.properties();
    Api api = apisBySymbol.get(Values.text(props, "ApiId"));
    String routeKey = Values.text(props, "RouteKey");
    if (api == null || routeKey == null) {
      return;
    }
    api.methods().add(Method.route(routeKey, AuthorizationType.parse(Values.text(props, "AuthorizationType")), resource.location(),
        context.element(resource.id()), Syntax.CLOUDFORMATION, api.apiKeyRequirement(Values.text(props, "ApiKeyRequired")),
        resource.condition()));
  }

  /**
   * The {@code Route.AuthorizationType} of {@code AWS::ApiGatewayV2::ApiGatewayManagedOverrides}
   * replaces that of the route quick create made.
   */
  private void readManagedOverrides(Resource resource) {
    ObjectNode props = resource.properties();
    Api api = apisBySymbol.get(Values.text(props, "ApiId"));
    String type = Values.objectAt(props, "Route").map(r -> Values.text(r, "AuthorizationType")).orElse(null);
    if (api == null || type == null) {
      return;
    }
    api.methods().replaceAll(m -> QuickCreate.made(api, m) ? m.withAuthorization(AuthorizationType.parse(type), null) : m);
  }

  private void readStage(Resource resource) {
    ObjectNode props = resource.properties();
    Api api = apisBySymbol.get(Optional.ofNullable(Values.text(props, "RestApiId")).orElse(Values.text(props, "ApiId")));
    String stage = Values.text(props, "StageName");
    if (api != null && stage != null) {
      api.addStage(new Stage(stage, resource.location(), context.element(resource.id())));
    }
  }

  private void readDomain(Resource resource) {
    ObjectNode props = resource.properties();
    String endpoint =
        endpointConfiguration(props).map(c -> Values.first(c.get("Types"))).orElse(null);
    if (endpoint == null && props.get("DomainNameConfigurations") instanceof io.github.apigwlint.source.ArrayNode configs && configs.size() > 0) {
      endpoint = Values.object(configs.items().get(0)).map(c -> Values.text(c, "EndpointType")).orElse(null);
    }
    EndpointType type = endpoint == null ? defaultDomainEndpoint(resource.type()) : EndpointType.parse(endpoint).orElse(null);
    String name = Optional.ofNullable(Values.text(props, "DomainName")).orElse(resource.id());
    String certificate = Values.text(props, "CertificateArn");
    String regionalCertificate = Values.text(props, "RegionalCertificateArn");
    String securityPolicy = Values.text(props, "SecurityPolicy");
    if (props.get("DomainNameConfigurations") instanceof io.github.apigwlint.source.ArrayNode configs && configs.size() > 0) {
      ObjectNode first = Values.object(configs.items().get(0)).orElse(null);
      regionalCertificate = Values.text(first, "CertificateArn");
      securityPolicy = Values.text(first, "SecurityPolicy");
    }
    DomainName domain = new DomainName(
        name, context.element(resource.id()),
        domainKind(resource.type()), Syntax.CLOUDFORMATION, type, resource.location(), certificate, regionalCertificate, securityPolicy, props.location(),
        context.region(), mutualTls(props));
    context.workspace().domains().add(domain);
    domainsBySymbol.put(Symbols.resource(resource.id()), domain);
    domainsBySymbol.put(Symbols.attribute(resource.id(), "DomainNameArn"), domain);
    if (props.has("Policy")) {
      context.addPolicy(
          PolicyKind.DOMAIN_POLICY, props.get("Policy"), "domain name " + Symbols.render(name), domain.element(), null, null);
    }
  }

  private static DomainKind domainKind(String type) {
    return switch (type) {
      case "AWS::ApiGateway::DomainName" -> DomainKind.V1;
      case "AWS::ApiGateway::DomainNameV2" -> DomainKind.V1_PRIVATE;
      default -> DomainKind.V2;
    };
  }

  private static MappingKind mappingKind(String type) {
    return switch (type) {
      case "AWS::ApiGateway::BasePathMapping" -> MappingKind.V1_BASE_PATH;
      case "AWS::ApiGateway::BasePathMappingV2" -> MappingKind.V1_PRIVATE_BASE_PATH;
      default -> MappingKind.V2_API_MAPPING;
    };
  }

  /** v1 domain names default to EDGE; v2 ones are REGIONAL; DomainNameV2 exists for PRIVATE. */
  private static EndpointType defaultDomainEndpoint(String type) {
    return switch (type) {
      case "AWS::ApiGateway::DomainName" -> EndpointType.EDGE;
      case "AWS::ApiGateway::DomainNameV2" -> EndpointType.PRIVATE;
      default -> EndpointType.REGIONAL;
    };
  }

  private void readMapping(Resource resource) {
    ObjectNode props = resource.properties();
    Api api = apisBySymbol.get(Optional.ofNullable(Values.text(props, "RestApiId")).orElse(Values.text(props, "ApiId")));
    String domainRef = Optional.ofNullable(Values.text(props, "DomainName")).orElse(Values.text(props, "DomainNameArn"));
    DomainName domain = domainsBySymbol.get(domainRef);
    if (domain == null && domainRef != null) {
      domain = domainNamed(Values.text(props, "DomainName")).orElse(null);
    }
    String basePath = Optional.ofNullable(Values.text(props, "BasePath")).orElse(Values.text(props, "ApiMappingKey"));
    context.workspace().mappings().add(new ApiMapping(
        mappingKind(resource.type()), Syntax.CLOUDFORMATION, domain, api, basePath, Values.text(props, "DomainNameArn"), resource.location(), context.element(resource.id())));
  }

  /**
   * The domain a mapping names by its name. A literal name is one domain wherever it is declared; a
   * name the template leaves open ({@code !Ref DomainName} without default) is the same value only
   * within this template, since a parameter of the same name in another template may be given another.
   */
  private Optional<DomainName> domainNamed(String name) {
    String ownFile = context.element("");
    return context.workspace().domains().stream()
        .filter(d -> d.name().equals(name))
        .filter(d -> !Symbols.hasOpaque(name) || d.element().startsWith(ownFile))
        .findFirst();
  }

  private void readVpcEndpoint(Resource resource) {
    ObjectNode props = resource.properties();
    VpcEndpoint endpoint =
        new VpcEndpoint(
            Symbols.resource(resource.id()), Values.text(props, "ServiceName"), Values.text(props, "VpcId"), resource.location(), context.element(resource.id()));
    context.workspace().vpcEndpoints().add(endpoint);
    if (props.has("PolicyDocument")) {
      context.addPolicy(
          PolicyKind.VPC_ENDPOINT_POLICY, props.get("PolicyDocument"), "VPC endpoint " + resource.id(), endpoint.element(), null, null);
    }
  }

  private void readRole(Resource resource) {
    ObjectNode props = resource.properties();
    String roleName = Values.text(props, "RoleName");
    String path = Optional.ofNullable(Values.text(props, "Path")).orElse("/");
    String arn =
        roleName == null
            ? Symbols.attribute(resource.id(), "Arn")
            : context.roleArn(path, roleName);
    Role role = new Role("role " + resource.id(), arn, context.account(), resource.location(), context.element(resource.id()));
    context.workspace().roles().add(role);
    roleArnsBySymbol.put(Symbols.resource(resource.id()), arn);
    if (props.has("AssumeRolePolicyDocument")) {
      context.addPolicy(
          PolicyKind.TRUST_POLICY, props.get("AssumeRolePolicyDocument"), role.name(), role.element(), null, arn);
    }
    if (props.get("Policies") instanceof io.github.apigwlint.source.ArrayNode inline) {
      for (Node item : inline.items()) {
        Values.object(item)
            .map(p -> p.get("PolicyDocument"))
            .ifPresent(document -> context.addPolicy(PolicyKind.IDENTITY_POLICY, document, role.name(), role.element(), null, arn));
      }
    }
  }

  private void readIdentityPolicy(Resource resource) {
    ObjectNode props = resource.properties();
    if (!props.has("PolicyDocument")) {
      return;
    }
    List<String> roles = Values.texts(props.get("Roles"));
    List<String> holders = roles.stream().map(r -> roleArnsBySymbol.getOrDefault(r, null)).filter(a -> a != null).toList();
    for (String holder : holders.isEmpty() ? java.util.Collections.<String>singletonList(null) : holders) {
      context.addPolicy(
          PolicyKind.IDENTITY_POLICY, props.get("PolicyDocument"), "policy " + resource.id(), context.element(resource.id()), null, holder);
    }
  }
}
