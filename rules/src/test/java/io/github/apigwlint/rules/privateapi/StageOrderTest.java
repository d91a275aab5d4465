package io.github.apigwlint.rules.privateapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.analysis.AnalysedWorkspace;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.AccessTextReport;
import io.github.apigwlint.rule.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private API whose policy limits {@code /prod/*} to one VPC endpoint and leaves {@code /dev/*}
 * open to any: the finding and the {@code access} summary name the open stage, whichever stage the
 * template declares first.
 */
class StageOrderTest {

  private static final String DEV = """
        Dev:
          Type: AWS::ApiGateway::Stage
          Properties: {RestApiId: !Ref ReportsApi, StageName: dev, DeploymentId: abc123}
      """;
  private static final String PROD = """
        Prod:
          Type: AWS::ApiGateway::Stage
          Properties: {RestApiId: !Ref ReportsApi, StageName: prod, DeploymentId: abc123}
      """;
  private static final String API = """
        ReportsApi:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Name: reports
            EndpointConfiguration: {Types: [PRIVATE], VpcEndpointIds: [vpce-0aaaabbbbccccdddd]}
            Policy:
              Version: "2012-10-17"
              Statement:
                - {Effect: Allow, Principal: "*", Action: execute-api:Invoke, Resource: execute-api:/prod/*,
                   Condition: {StringEquals: {"aws:SourceVpce": vpce-0aaaabbbbccccdddd}}}
                - {Effect: Allow, Principal: "*", Action: execute-api:Invoke, Resource: execute-api:/dev/*}
      """;

  @TempDir Path temp;

  @Test
  void theFindingDoesNotDependOnWhichStageIsDeclaredFirst() throws IOException {
    List<String> devFirst = findings(folder("dev-first", DEV + PROD));
    List<String> prodFirst = findings(folder("prod-first", PROD + DEV));

    assertThat(devFirst).containsExactly("api.yaml:18 the resource policy of the PRIVATE REST API ReportsApi lets every method"
        + " (none declared) in stage dev be called through any VPC endpoint: no aws:SourceVpce or aws:SourceVpc condition"
        + " limits statement #2, so an execute-api endpoint in any AWS account can reach the API");
    assertThat(prodFirst).isEqualTo(devFirst);
  }

  @Test
  void accessAndTheRuleAgreeOnTheOpenStage() throws IOException {
    for (String order : List.of(DEV + PROD, PROD + DEV)) {
      Path folder = folder("order" + order.indexOf("Prod"), order);
      String access = access(folder);

      assertThat(access).contains("""
            dev every method (none declared) (UNKNOWN)
              anyone, through any VPC endpoint: depends [statement #2 at api.yaml:18]
              anyone on the internet: denied, a private API is reached only through interface VPC endpoints
              depends on the method's authorization, which the input does not give
          """);
      assertThat(access).contains("""
            prod every method (none declared) (UNKNOWN)
              anyone, through VPC endpoint vpce-0aaaabbbbccccdddd: depends [statement #1 at api.yaml:16]
              anyone, through any other VPC endpoint: depends
              anyone on the internet: denied, a private API is reached only through interface VPC endpoints
              depends on the method's authorization, which the input does not give
          """);
      assertThat(findings(folder)).singleElement().asString().contains("in stage dev be called through any VPC endpoint");
    }
  }

  private Path folder(String name, String stages) throws IOException {
    Path folder = Files.createDirectories(temp.resolve(name));
    Files.writeString(folder.resolve("api.yaml"), "Resources:\n" + stages + API);
    return folder;
  }

  private static List<String> findings(Path folder) {
    RuleRegistry registry = RuleRegistry.of(List.of(new PrivateApiOpenToAnyVpce()));
    return new Linter(registry).run(new LintRequest(List.of(folder), Config.defaults(), folder)).findings().stream()
        .map(StageOrderTest::line)
        .toList();
  }

  private static String line(Finding finding) {
    return finding.location().file() + ":" + finding.location().line() + " " + finding.message();
  }

  private static String access(Path folder) throws IOException {
    StringWriter out = new StringWriter();
    AccessTextReport.write(new AnalysedWorkspace(Linter.workspace(new LintRequest(List.of(folder), Config.defaults(), folder))).access(), out);
    return out.toString();
  }
}
