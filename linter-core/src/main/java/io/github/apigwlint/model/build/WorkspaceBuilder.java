package io.github.apigwlint.model.build;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.Globs;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.Consumer;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.Flag;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceProblem;
import io.github.apigwlint.source.Symbols;
import io.github.apigwlint.source.FileWork;
import io.github.apigwlint.source.Format;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.cfn.ConditionAssumptions;
import io.github.apigwlint.source.cfn.Exports;
import io.github.apigwlint.source.cfn.ResolverSettings;
import io.github.apigwlint.source.cfn.UndecidedConditions;
import io.github.apigwlint.source.cfn.TemplateResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads parsed files into one workspace, each with the account and region the configuration gives it. */
public final class WorkspaceBuilder {

  /** The workspace built with every undecided condition left opaque. */
  private static final int NO_VARIANT = -1;

  /** The formats of files a Terraform configuration may read as a value ({@code body = file(…)}), read after it. */
  private static final Set<Format> VALUE_FORMATS = Set.of(Format.OPENAPI, Format.POLICY);

  private final Config config;
  private final LocalFiles localFiles;
  private final List<SourceFile> files = new ArrayList<>();
  private Exports exports;
  private RunVariants variants;
  private Workspace workspace;
  private List<SourceProblem> problems;
  /** What the files that no variant changes give, read once for every variant. */
  private Workspace invariant;
  private List<SourceProblem> invariantProblems;

  public WorkspaceBuilder(Config config) {
    this(config, LocalFiles.NONE);
  }

  /** A builder whose Terraform configurations read the files their {@code file} and {@code templatefile} name from {@code localFiles}. */
  public WorkspaceBuilder(Config config, LocalFiles localFiles) {
    this.config = config;
    this.localFiles = localFiles;
  }

  /** Files are read when a workspace is asked for: imports need the exports of every template first. */
  public WorkspaceBuilder add(SourceFile file) {
    if (file.root() instanceof ObjectNode) {
      files.add(file);
      exports = null;
      variants = null;
      workspace = null;
      invariant = null;
    }
    return this;
  }

  /** Everything read, with conditions the templates cannot decide left opaque. */
  public Workspace workspace() {
    if (workspace == null) {
      problems = new ArrayList<>();
      workspace = build(NO_VARIANT, problems);
    }
    return workspace;
  }

  /** Policies given as JSON strings that did not parse, and other problems met while reading. */
  public List<SourceProblem> problems() {
    workspace();
    return problems;
  }

  /** The variants of the run, one per assignment of the undecided conditions of the templates. */
  public RunVariants variants() {
    if (variants == null) {
      Map<String, List<String>> conditions = new LinkedHashMap<>();
      for (SourceFile file : files) {
        if (file.format() == Format.CLOUDFORMATION) {
          ObjectNode root = (ObjectNode) file.root();
          // a template that fails here fails again, and is reported, where it is read
          FileWork.Result<List<String>> found = guarded(file, () -> UndecidedConditions.of(root, resolver(file, root, ConditionAssumptions.none())));
          List<String> undecided = found.failure().isPresent() ? List.of() : found.value();
          if (!undecided.isEmpty()) {
            conditions.put(file.displayPath(), undecided);
          }
        }
      }
      variants = new RunVariants(conditions);
    }
    return variants;
  }

  /**
   * Everything read, with the undecided conditions of each template set as {@code variant} assigns
   * them. Only the templates with undecided conditions are read again; the rest is shared.
   */
  public Workspace workspace(int variant, List<SourceProblem> problemsMet) {
    return build(variant, problemsMet);
  }

  private Workspace build(int variant, List<SourceProblem> problemsMet) {
    Workspace built = invariant().extended();
    if (variant == NO_VARIANT) {
      problemsMet.addAll(invariantProblems);
    }
    for (SourceFile file : files) {
      if (varies(file)) {
        read(file, built, problemsMet, variant);
      }
    }
    return built;
  }

  private boolean varies(SourceFile file) {
    return file.format() == Format.CLOUDFORMATION && !variants().conditions(file.displayPath()).isEmpty();
  }

  private Workspace invariant() {
    if (invariant == null) {
      Workspace built = new Workspace();
      config.consumers().forEach(consumer -> built.consumers().add(new Consumer(consumer.api(), consumer.callers())));
      List<SourceProblem> problemsMet = new ArrayList<>();
      List<SourceFile> terraform = new ArrayList<>();
      List<SourceFile> values = new ArrayList<>();
      for (SourceFile file : files) {
        if (file.format().ofTerraformModule()) {
          terraform.add(file);
        } else if (VALUE_FORMATS.contains(file.format())) {
          values.add(file);
        } else if (!varies(file)) {
          read(file, built, problemsMet, NO_VARIANT);
        }
      }
      // a file a configuration reads (an API's body from templatefile) is part of it, not an input of its own
      Set<String> readByTerraform = new HashSet<>();
      LocalFiles noted = path -> localFiles.at(path).map(file -> {
        readByTerraform.add(file.displayPath());
        return file;
      });
      if (!terraform.isEmpty()) {
        readTerraform(terraform, built, problemsMet, noted);
      }
      values.stream().filter(file -> !readByTerraform.contains(file.displayPath())).forEach(file -> read(file, built, problemsMet, NO_VARIANT));
      invariant = built;
      invariantProblems = problemsMet;
    }
    return invariant;
  }

  private FileContext context(SourceFile accountFile, SourceFile file, Workspace target, List<SourceProblem> problemsMet) {
    String account = accountOf(accountFile);
    String region = config.region() != null ? config.region() : Symbols.REGION;
    String resolvedAccount = account != null ? account : Symbols.SELF_ACCOUNT;
    return new FileContext(file, target, problemsMet, resolvedAccount, region, partitionOf(config.region()));
  }

  private <T> FileWork.Result<T> guarded(SourceFile file, java.util.function.Supplier<T> work) {
    return FileWork.run(config.limits(), Location.ofFile(file.displayPath()), work);
  }

  /**
   * Reads the Terraform configurations, each module within the limits and time of its own ({@link
   * TerraformModules}); what escapes them all is reported at the first file and leaves nothing behind.
   */
  private void readTerraform(List<SourceFile> terraform, Workspace built, List<SourceProblem> problemsMet, LocalFiles files) {
    tentatively(terraform.get(0), built, problemsMet,
        () -> new TerraformModules(terraform, (accountFile, moduleFile) -> context(accountFile, moduleFile, built, problemsMet), files).read());
  }

  /** Reads one file into {@code target}; a file that fails is reported and leaves nothing behind. */
  private void read(SourceFile file, Workspace target, List<SourceProblem> problemsMet, int variant) {
    tentatively(file, target, problemsMet, () -> readFile(file, target, problemsMet, variant));
  }

  /** {@code reading} into {@code target}; what escapes it is a problem at {@code file}, and what it added is taken back. */
  private void tentatively(SourceFile file, Workspace target, List<SourceProblem> problemsMet, Runnable reading) {
    target.tentatively(() -> guarded(file, () -> {
      reading.run();
      return Boolean.TRUE;
    })).failure().ifPresent(problemsMet::add);
  }

  private void readFile(SourceFile file, Workspace target, List<SourceProblem> problemsMet, int variant) {
    ObjectNode root = (ObjectNode) file.root();
    FileContext context = context(file, file, target, problemsMet);
    switch (file.format()) {
      case CLOUDFORMATION -> {
        ConditionAssumptions assumed =
            variant == NO_VARIANT ? ConditionAssumptions.none() : variants().assumptions(file.displayPath(), variant);
        new CloudFormationReader(context, root, resolver(file, root, assumed)).read();
      }
      case POLICY -> readPolicyFile(context, root);
      case OPENAPI -> readOpenApiFile(context, root);
      case TERRAFORM_PLAN -> {
        List<TerraformResource> resources = TerraformPlan.resources(root, problemsMet);
        target.addOwnAccounts(file.displayPath(), OwnAccounts.of(resources));
        new TerraformResourceReader(context, resources).read();
      }
      default -> {}
    }
  }

  private TemplateResolver resolver(SourceFile file, ObjectNode root, ConditionAssumptions assumed) {
    return new TemplateResolver(root, settingsOf(file), exports(), assumed);
  }

  private ResolverSettings settingsOf(SourceFile file) {
    return new ResolverSettings(accountOf(file), config.region(), null);
  }

  /** The exports of every template, each resolved in its own file with nothing imported. */
  private Exports exports() {
    if (exports == null) {
      Exports collected = Exports.collecting();
      for (SourceFile file : files) {
        if (file.format() == Format.CLOUDFORMATION) {
          ObjectNode root = (ObjectNode) file.root();
          // a template that fails here fails again, and is reported, where it is read
          guarded(file, () -> {
            collected.collect(root, new TemplateResolver(root, settingsOf(file)));
            return Boolean.TRUE;
          });
        }
      }
      exports = collected;
    }
    return exports;
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
            definition.methods(protocol),
            List.of(),
            Syntax.OPENAPI,
            null,
            Flag.of(definition.disableExecuteApiEndpoint()),
            null);
    context.workspace().apis().add(api);
    context.workspace().definitions().add(definition.of(api));
    definition.policy().ifPresent(policy ->
        context.addPolicy(PolicyKind.API_RESOURCE_POLICY, policy, api.name(), api.element(), api, null));
  }

  private String accountOf(SourceFile file) {
    Path display = config.pathOf(file.path(), file.displayPath());
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
