package io.github.apigwlint.model.build;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.Globs;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceProblem;
import io.github.apigwlint.source.Symbols;
import io.github.apigwlint.source.cfn.ResolverSettings;
import io.github.apigwlint.source.cfn.TemplateResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads parsed files into one workspace, each with the account and region the configuration gives it. */
public final class WorkspaceBuilder {

  private final Config config;
  private final Workspace workspace = new Workspace();
  private final List<SourceProblem> problems = new ArrayList<>();

  public WorkspaceBuilder(Config config) {
    this.config = config;
  }

  public WorkspaceBuilder add(SourceFile file) {
    if (!(file.root() instanceof ObjectNode root)) {
      return this;
    }
    String account = accountOf(file);
    String region = config.region() != null ? config.region() : Symbols.REGION;
    ResolverSettings settings = new ResolverSettings(account, config.region(), null);
    String resolvedAccount = account != null ? account : Symbols.SELF_ACCOUNT;
    String partition = partitionOf(config.region());
    FileContext context = new FileContext(file, workspace, problems, resolvedAccount, region, partition);
    switch (file.format()) {
      case CLOUDFORMATION -> new CloudFormationReader(context, root, new TemplateResolver(root, settings)).read();
      case POLICY -> readPolicyFile(context, root);
      case OPENAPI -> readOpenApiFile(context, root);
      case TERRAFORM_PLAN -> new TerraformPlanReader(context, root).read();
      default -> {}
    }
    return this;
  }

  public Workspace workspace() {
    return workspace;
  }

  /** Policies given as JSON strings that did not parse, and other problems met while reading. */
  public List<SourceProblem> problems() {
    return problems;
  }

  private static void readPolicyFile(FileContext context, ObjectNode root) {
    PolicyKind kind = mentionsPrincipal(root) ? PolicyKind.STANDALONE_RESOURCE_POLICY : PolicyKind.IDENTITY_POLICY;
    String element = context.file().displayPath();
    context.addPolicy(kind, root, context.file().displayPath(), element, null, null);
  }

  private static boolean mentionsPrincipal(ObjectNode root) {
    var statements = root.get("Statement");
    if (statements instanceof ObjectNode statement) {
      return statement.has("Principal") || statement.has("NotPrincipal");
    }
    if (statements instanceof io.github.apigwlint.source.ArrayNode array) {
      return array.items().stream()
          .anyMatch(s -> s instanceof ObjectNode o && (o.has("Principal") || o.has("NotPrincipal")));
    }
    return false;
  }

  /** A standalone definition names no endpoint type (it is an import parameter); assume none. */
  private static void readOpenApiFile(FileContext context, ObjectNode root) {
    OpenApiDefinition definition = new OpenApiDefinition(root, context.file().displayPath());
    ApiProtocol protocol = definition.declaresHttpApi() ? ApiProtocol.HTTP : ApiProtocol.REST;
    String name = Values.object(root, "info").map(i -> Values.text(i, "title")).orElse(context.file().displayPath());
    Api api =
        new Api(
            (protocol == ApiProtocol.HTTP ? "HTTP API " : "REST API ") + name,
            context.file().displayPath(),
            protocol,
            Symbols.opaque("id of API " + name),
            context.account(),
            context.region(),
            context.partition(),
            protocol == ApiProtocol.HTTP ? EndpointType.REGIONAL : null,
            definition.vpcEndpointIds(),
            io.github.apigwlint.source.Location.ofFile(context.file().displayPath()),
            definition.methods(),
            List.of());
    context.workspace().apis().add(api);
    definition.policy().ifPresent(policy ->
        context.addPolicy(PolicyKind.API_RESOURCE_POLICY, policy, api.name(), api.element(), api, null));
  }

  private String accountOf(SourceFile file) {
    Path display = Path.of(file.displayPath());
    for (Config.AccountMapping mapping : config.accounts()) {
      if (Globs.matches(mapping.path(), display)) {
        return mapping.account();
      }
    }
    return config.account();
  }

  private static String partitionOf(String region) {
    if (region == null) {
      return Symbols.PARTITION;
    }
    String lower = region.toLowerCase(Locale.ROOT);
    if (lower.startsWith("cn-")) {
      return "aws-cn";
    }
    return lower.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }
}
