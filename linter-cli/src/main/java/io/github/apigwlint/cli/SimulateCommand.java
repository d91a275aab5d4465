package io.github.apigwlint.cli;

import io.github.apigwlint.access.Callers;
import io.github.apigwlint.access.Simulation;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyParser;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.report.SimulationJsonReport;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Evaluate one request against a resource policy and identity policies, and print the decision"
        + " with the statements that decided it. With --auth-type, API Gateway's REST workflow applies to the --action given.")
final class SimulateCommand implements Callable<Integer> {

  enum Format {
    TEXT, JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(names = "--policy", paramLabel = "FILE", description = "Resource policy (JSON or YAML).")
  Path policy;

  @Option(names = "--identity-policy", paramLabel = "FILE", description = "Identity policy of the caller. Repeatable.")
  List<Path> identityPolicies = new ArrayList<>();

  @Option(names = "--principal", paramLabel = "ARN", required = true,
      description = "The caller: a user, role, assumed-role session or account ARN, a 12-digit account, or anonymous.")
  String principal;

  @Option(names = "--action", paramLabel = "ACTION", defaultValue = "execute-api:Invoke",
      description = "Default: ${DEFAULT-VALUE}.")
  String action;

  @Option(names = "--resource", paramLabel = "ARN", required = true, description = "The resource ARN, e.g. a method ARN.")
  String resource;

  @Option(names = "--context", paramLabel = "KEY=VALUE", description = "A condition key of the request. Repeatable.")
  Map<String, String> context = new LinkedHashMap<>();

  @Option(names = "--auth-type", paramLabel = "TYPE",
      description = "Method authorization: NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS. Identity policies are the"
          + " authorizer's policy for CUSTOM; a Cognito token is taken as valid.")
  AuthorizationType authorization;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Spec CommandSpec spec;

  private final Environment environment;

  SimulateCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Caller caller = principal.equalsIgnoreCase("anonymous") ? Caller.anonymous()
        : Callers.fromInput(principal).orElseThrow(() -> new CommandFailure("--principal: not a user, role, session or account: " + principal));
    List<Policy> identities = new ArrayList<>();
    for (Path file : identityPolicies) {
      identities.add(read(file, false));
    }
    Simulation.Result result;
    try {
      result = new Simulation(policy == null ? null : read(policy, true), identities, caller, action, resource, context,
          authorization).run();
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      SimulationJsonReport.write(result, out);
    } else {
      out.println(result.verdict() + ": " + result.reason());
      for (Statement statement : result.deciding()) {
        out.println("  " + statement.effect().spelling() + " " + statement.label() + " at " + where(statement));
      }
    }
    out.flush();
    return ExitCodes.CLEAN;
  }

  private static String where(Statement statement) {
    return statement.node().location().file() + ":" + statement.node().location().line();
  }

  private Policy read(Path file, boolean resourcePolicy) {
    Path path = environment.workingDirectory().resolve(file).normalize();
    if (!Files.exists(path)) {
      throw new CommandFailure("no such file: " + file);
    }
    LoadOutcome outcome = new SourceLoader().load(path, file.toString());
    if (outcome instanceof LoadOutcome.Loaded loaded) {
      Policy parsed = PolicyParser.parse(loaded.file().root(), resourcePolicy);
      if (!parsed.isValid()) {
        throw new CommandFailure(file + ": " + parsed.problems().get(0).message());
      }
      return parsed;
    }
    if (outcome instanceof LoadOutcome.Failed failed) {
      throw new CommandFailure(failed.problem().location() + ": " + failed.problem().message());
    }
    throw new CommandFailure(file + ": " + ((LoadOutcome.Skipped) outcome).reason());
  }
}
