package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a template names by an open parameter or by a logical id is found in that template, though
 * other templates of the run use the same names: the places a finding relates to, and the access
 * answer.
 */
class OwnTemplateTest {

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
            Properties: {DomainName: !Ref DomainName, EndpointConfiguration: {Types: [PRIVATE]}}
          OrdersApi:
            Type: AWS::ApiGateway::RestApi
            Properties: {Name: orders, EndpointConfiguration: {Types: [REGIONAL]}}
          Mapping:
            Type: AWS::ApiGateway::BasePathMapping
            Properties: {DomainName: !Ref DomainName, RestApiId: !Ref OrdersApi}
        """);

    RealCli cli = new RealCli();
    cli.run(workingDirectory, "check", ".", "--format", "text");
    String report = cli.out();

    assertThat(report)
        .contains("orders.yaml:10:3: error private-domain-to-public-api")
        .contains("related: orders.yaml:4:3: the private domain name")
        .contains("DomainNameArn: !GetAtt OrdersDomain.DomainNameArn")
        .doesNotContain("network.json")
        .doesNotContain("SharedDomain");
  }

  /** Both templates call their VPC endpoint {@code Endpoint}; only the other one's policy refuses every call. */
  @Test
  void aLogicalIdOfAnotherTemplateIsAnotherEndpoint() throws IOException {
    Files.writeString(workingDirectory.resolve("network.json"), """
        {"Resources": {"Endpoint": {"Type": "AWS::EC2::VPCEndpoint", "Properties": {
          "VpcId": "vpc-0aaaaaaaaaaaaaaaa", "ServiceName": "com.amazonaws.us-east-1.execute-api",
          "PolicyDocument": {"Version": "2012-10-17", "Statement": [
            {"Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "*"}]}}}}}
        """);
    Files.writeString(workingDirectory.resolve("reports.yaml"), """
        Resources:
          Endpoint:
            Type: AWS::EC2::VPCEndpoint
            Properties: {VpcId: vpc-0bbbbbbbbbbbbbbbb, ServiceName: com.amazonaws.us-east-1.execute-api}
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: reports
              EndpointConfiguration: {Types: [PRIVATE], VpcEndpointIds: [!Ref Endpoint]}
              Policy:
                Version: "2012-10-17"
                Statement:
                  - {Effect: Allow, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*", Condition: {StringEquals: {"aws:SourceVpce": !Ref Endpoint}}}
          Get:
            Type: AWS::ApiGateway::Method
            Properties: {RestApiId: !Ref Api, ResourceId: !GetAtt Api.RootResourceId, HttpMethod: GET, AuthorizationType: NONE}
        """);
    RealCli cli = new RealCli();
    cli.run(workingDirectory, "access", ".");

    assertThat(cli.out())
        .contains("through VPC endpoint ${Endpoint}: allowed [statement #1 at reports.yaml:13]")
        .doesNotContain("nobody");
  }
}
