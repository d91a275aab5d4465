package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `apigw-lint check` points to besides a finding's own place stays in the template it is about. */
class RelatedLocationsTest {

  @TempDir Path workingDirectory;

  /**
   * Two templates take a parameter of the same name and leave it open; read first, the other
   * template's private domain name is not the one this template's mapping names.
   */
  @Test
  void aParameterOfTheSameNameInAnotherTemplateIsAnotherValue() throws IOException {
    Files.writeString(workingDirectory.resolve("network.json"), """
        {"Parameters": {"DomainName": {"Type": "String"}},
         "Resources": {"SharedDomain": {"Type": "AWS::ApiGateway::DomainNameV2",
           "Properties": {"DomainName": {"Ref": "DomainName"}, "EndpointConfiguration": {"Types": ["PRIVATE"]}}}}}
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

    RealCli cli = new RealCli();
    cli.run(workingDirectory, "check", ".", "--format", "text");
    String report = cli.out();

    assertThat(report)
        .contains("orders.yaml:14:3: error private-domain-to-public-api")
        .contains("related: orders.yaml:4:3: the private domain name")
        .contains("DomainNameArn: !GetAtt OrdersDomain.DomainNameArn")
        .doesNotContain("network.json")
        .doesNotContain("SharedDomain");
  }
}
