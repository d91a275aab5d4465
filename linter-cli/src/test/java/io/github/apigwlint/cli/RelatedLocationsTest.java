package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.RuleDocs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What `apigw-lint check` points to besides a finding's own place stays in the template it is about. */
class RelatedLocationsTest {

  @TempDir Path workingDirectory;

  /**
   * Two templates take a parameter of the same name and leave it open; read first, the other
   * template's private domain name is not the one this template's mapping names.
   */
  @Test
  void aParameterOfTheSameNameInAnotherTemplateIsAnotherValue() throws IOException {
    Files.writeString(workingDirectory.resolve("network.yaml"), """
        Parameters:
          DomainName: {Type: String}
        Resources:
          SharedDomain:
            Type: AWS::ApiGateway::DomainNameV2
            Properties:
              DomainName: !Ref DomainName
              EndpointConfiguration: {Types: [PRIVATE]}
        """);
    Files.writeString(workingDirectory.resolve("orders.yaml"), """
        Parameters:
          DomainName: {Type: String}
        Resources:
          OrdersDomain:
            Type: AWS::ApiGateway::DomainNameV2
            Properties:
              DomainName: !Ref DomainName
              EndpointConfiguration: {Types: [PRIVATE]}
          OrdersApi:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: orders
              EndpointConfiguration: {Types: [REGIONAL]}
          Mapping:
            Type: AWS::ApiGateway::BasePathMapping
            Properties:
              DomainName: !Ref DomainName
              RestApiId: !Ref OrdersApi
        """);

    String report = check();

    assertThat(report)
        .contains("orders.yaml:14:3: error private-domain-to-public-api")
        .contains("related: orders.yaml:4:3: the private domain name")
        .contains("DomainNameArn: !GetAtt OrdersDomain.DomainNameArn")
        .doesNotContain("network.yaml")
        .doesNotContain("SharedDomain");
  }

  private String check() {
    StringWriter out = new StringWriter();
    Environment environment =
        new Environment(
            RuleRegistry::load,
            (rules, request) -> new Linter(rules).run(request),
            new RuleDocs(RuleRegistry.class.getClassLoader()),
            workingDirectory,
            Clock.systemUTC(),
            false);
    CommandLine commandLine = Cli.create(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));
    commandLine.execute("check", ".", "--format", "text");
    return out.toString();
  }
}
