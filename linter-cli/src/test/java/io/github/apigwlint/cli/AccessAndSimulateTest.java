package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.RuleDocs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AccessAndSimulateTest {

  private static final String TEMPLATE = """
      Resources:
        ReportsApi:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Name: reports
            EndpointConfiguration: {Types: [PRIVATE]}
            Policy:
              Version: "2012-10-17"
              Statement:
                - {Sid: Open, Effect: Allow, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*"}
                - Sid: OnlyOurEndpoint
                  Effect: Deny
                  Principal: "*"
                  Action: execute-api:Invoke
                  Resource: execute-api:/*
                  Condition: {StringNotEquals: {"aws:SourceVpce": "vpce-1a2b3c4d"}}
        Get:
          Type: AWS::ApiGateway::Method
          Properties:
            RestApiId: !Ref ReportsApi
            ResourceId: !GetAtt ReportsApi.RootResourceId
            HttpMethod: GET
            AuthorizationType: NONE
      """;
  /** Resources: GET / of {@code Api} without authorization, and its stage prod. */
  private static final String GET_IN_STAGE_PROD = """
        Get:
          Type: AWS::ApiGateway::Method
          Properties: {RestApiId: !Ref Api, ResourceId: !GetAtt Api.RootResourceId, HttpMethod: GET, AuthorizationType: NONE}
        Stage:
          Type: AWS::ApiGateway::Stage
          Properties: {RestApiId: !Ref Api, StageName: prod}
      """;
  private static final String CERTIFICATE = "arn:aws:acm:eu-west-1:111111111111:certificate/abc";
  private static final String METHOD = "arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/prod/GET/pets";

  @TempDir Path workingDirectory;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void files() throws IOException {
    Files.writeString(workingDirectory.resolve("api.yaml"), TEMPLATE);
    Files.writeString(workingDirectory.resolve("policy.json"), """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "Open", "Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"},
          {"Sid": "NotFromHere", "Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*",
           "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}]}
        """);
    Files.writeString(workingDirectory.resolve("cache.json"), """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "Open", "Effect": "Allow", "Principal": "*", "Action": "execute-api:*", "Resource": "execute-api:/*"},
          {"Sid": "NoCacheFlush", "Effect": "Deny", "Principal": "*", "Action": "execute-api:InvalidateCache", "Resource": "execute-api:/*"},
          {"Sid": "NotPartner", "Effect": "Deny", "Principal": {"AWS": "222222222222"}, "Action": "execute-api:*", "Resource": "execute-api:/*"}]}
        """);
  }

  private int run(String... args) {
    Environment environment = new Environment(() -> RuleRegistry.of(List.of()), (rules, request) -> null,
        new RuleDocs(getClass().getClassLoader()), workingDirectory);
    CommandLine commandLine = Cli.create(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void accessText_namesTheEndpointThatGetsInAndDeniesTheOthers() {
    assertThat(run("access", "api.yaml")).isZero();
    assertThat(out.toString()).isEqualTo(reportsApiAnswer("api.yaml", "VPC endpoint vpce-1a2b3c4d", "any other VPC endpoint"));
  }

  @Test
  void access_aPrivateApiDeniesAnyoneOnTheInternet() {
    assertThat(run("access", "api.yaml", "-f", "json")).isZero();
    assertThat(out.toString()).contains("\"class\": \"ANYONE\",\n"
        + "              \"value\": null,\n"
        + "              \"origin\": null,\n"
        + "              \"access\": \"DENIED\",\n"
        + "              \"description\": \"anyone on the internet: denied, a private API is reached only through interface VPC endpoints\",");
  }

  @Test
  void access_anApiCreatedUnderAConditionSaysWhen() throws IOException {
    assertThat(access("conditional.yaml", """
        Parameters:
          EnableGateway: {Type: String, Default: "false"}
          Environment: {Type: String}
        Conditions:
          IsGatewayEnabled: !Equals [!Ref EnableGateway, "true"]
          IsLocalDevEnvironment: !Equals [!Ref Environment, localdev]
        Resources:
          Frontend:
            Type: AWS::ApiGateway::RestApi
            Condition: IsGatewayEnabled
            Properties: {Name: frontend}
          Get:
            Type: AWS::ApiGateway::Method
            Properties: {RestApiId: !Ref Frontend, ResourceId: !GetAtt Frontend.RootResourceId, HttpMethod: GET, AuthorizationType: NONE}
          Debug:
            Type: AWS::ApiGateway::Method
            Condition: IsLocalDevEnvironment
            Properties: {RestApiId: !Ref Frontend, ResourceId: !GetAtt Frontend.RootResourceId, HttpMethod: POST, AuthorizationType: NONE}
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties: {RestApiId: !Ref Frontend, StageName: v1}
        """)).isEqualTo("""
        REST API Frontend (REST, EDGE; no resource policy)
          only when condition IsGatewayEnabled is true (false with the parameter defaults)
          v1 GET / (NONE)
            anyone on the internet: allowed
          v1 POST / (NONE), only when condition IsLocalDevEnvironment is true
            anyone on the internet: allowed

        """);
    out.getBuffer().setLength(0);
    assertThat(access("conditional.yaml", Files.readString(workingDirectory.resolve("conditional.yaml")), "-f", "json"))
        .contains("\"condition\": {\n        \"name\": \"IsGatewayEnabled\",\n        \"withParameterDefaults\": false\n      },")
        .contains("\"condition\": {\n            \"name\": \"IsLocalDevEnvironment\",\n            \"withParameterDefaults\": null\n          },");
  }

  @Test
  void access_aDisabledDefaultEndpointLeavesTheCustomDomainsAndTheirMutualTls() throws IOException {
    assertThat(access("domain.yaml", """
        Resources:
          Api: {Type: AWS::ApiGateway::RestApi, Properties: {Name: hello, DisableExecuteApiEndpoint: true,
            EndpointConfiguration: {Types: [REGIONAL]}}}
        """ + GET_IN_STAGE_PROD + """
          Domain:
            Type: AWS::ApiGateway::DomainName
            Properties:
              DomainName: api.example.com
              RegionalCertificateArn: arn:aws:acm:eu-west-1:111111111111:certificate/abc
              EndpointConfiguration: {Types: [REGIONAL]}
              SecurityPolicy: TLS_1_2
              MutualTlsAuthentication: {TruststoreUri: s3://bucket/truststore.pem}
          Mapping:
            Type: AWS::ApiGateway::BasePathMapping
            Properties: {DomainName: !Ref Domain, RestApiId: !Ref Api, Stage: prod}
        """)).isEqualTo("""
        REST API Api (REST, REGIONAL; no resource policy)
          default endpoint disabled: calls to the execute-api endpoint get 403 Forbidden; reachable only through custom domain\
         names: api.example.com (mutual TLS: clients with a certificate trusted by its truststore)
          prod GET / (NONE)
            anyone on the internet: allowed

        """);
    out.getBuffer().setLength(0);
    assertThat(access("domain.yaml", Files.readString(workingDirectory.resolve("domain.yaml")), "-f", "json"))
        .contains("\"defaultEndpointDisabled\": true,\n      \"customDomains\": [\n        {\n"
            + "          \"name\": \"api.example.com\",\n          \"mutualTls\": true\n        }\n      ],");
  }

  @Test
  void access_terraformAndOpenApiDisableTheDefaultEndpointToo() throws IOException {
    assertThat(access("main.tf", """
        resource "aws_api_gateway_rest_api" "api" {
          name                         = "orders"
          disable_execute_api_endpoint = true
          body = jsonencode({
            openapi = "3.0.1"
            paths   = { "/orders" = { get = {} } }
          })
        }
        resource "aws_api_gateway_rest_api" "imported" {
          name = "imported"
          body = jsonencode({
            openapi = "3.0.1"
            "x-amazon-apigateway-endpoint-configuration" = { disableExecuteApiEndpoint = true }
            paths = { "/items" = { get = {} } }
          })
        }
        """)).contains("""
        REST API aws_api_gateway_rest_api.api (REST, EDGE; no resource policy)
          default endpoint disabled: calls to the execute-api endpoint get 403 Forbidden; reachable only through custom domain\
         names, none of which the input maps to it
        """).contains("""
        REST API aws_api_gateway_rest_api.imported (REST, EDGE; no resource policy)
          default endpoint disabled:""");
  }

  /**
   * {@code access} of a private API whose default endpoint is disabled, only endpoint vpce-1a2b3c4d
   * admitted, and a private custom domain name private.example.com mapped to it, or a public
   * (REGIONAL) one public.example.com.
   */
  private String accessOfPrivateApiWithoutDefaultEndpoint(boolean privateDomain) throws IOException {
    return access("private.yaml", privateDomain
        ? privateApiWithoutDefaultEndpoint("AWS::ApiGateway::DomainNameV2",
            "DomainName: private.example.com, EndpointConfiguration: {Types: [PRIVATE]}, CertificateArn: " + CERTIFICATE,
            "AWS::ApiGateway::BasePathMappingV2", "DomainNameArn")
        : privateApiWithoutDefaultEndpoint("AWS::ApiGateway::DomainName",
            "DomainName: public.example.com, EndpointConfiguration: {Types: [REGIONAL]}, RegionalCertificateArn: " + CERTIFICATE,
            "AWS::ApiGateway::BasePathMapping", "DomainName"));
  }

  private static String privateApiWithoutDefaultEndpoint(
      String domainType, String domainProperties, String mappingType, String domainProperty) {
    return """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: private
              DisableExecuteApiEndpoint: true
              EndpointConfiguration: {Types: [PRIVATE]}
              Policy:
                Statement:
                  - {Effect: Allow, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*"}
                  - {Effect: Deny, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*",
                     Condition: {StringNotEquals: {"aws:SourceVpce": vpce-1a2b3c4d}}}
        """ + GET_IN_STAGE_PROD + """
          Domain:
            Type: %s
            Properties: {%s}
          Mapping:
            Type: %s
            Properties: {%s: !Ref Domain, RestApiId: !Ref Api, Stage: prod}
        """.formatted(domainType, domainProperties, mappingType, domainProperty);
  }

  /** The body templatefile() reads gives the API its methods, and the file is not listed as an API of its own. */
  @Test
  void terraformTemplatefile_theBodyFileGivesTheMethodsAndIsNoApiOfItsOwn() throws IOException {
    Files.createDirectories(workingDirectory.resolve("tf/resources"));
    Files.writeString(workingDirectory.resolve("tf/resources/spec.tmpl.json"), """
        {"openapi": "3.0.1", "info": {"title": "orders", "version": "1"},
         "paths": {"/orders": {"get": {"x-amazon-apigateway-integration": {"uri": "${LAMBDA_ARN}"}}}}}
        """);
    Files.writeString(workingDirectory.resolve("tf/main.tf"), """
        resource "aws_api_gateway_rest_api" "api" {
          name = "orders"
          body = templatefile("${path.module}/resources/spec.tmpl.json", { LAMBDA_ARN = aws_lambda_function.orders.invoke_arn })
        }
        """);
    assertThat(run("access", "tf")).isZero();
    assertThat(out.toString()).isEqualTo("""
        REST API aws_api_gateway_rest_api.api (REST, EDGE; no resource policy)
          every stage (none declared) GET /orders (NONE)
            anyone on the internet: allowed

        """);
  }

  @Test
  void access_aPrivateApiWithItsDefaultEndpointDisabledDeniesCallsThroughVpcEndpointsAndNamesNoPublicDomainAsTheWayIn()
      throws IOException {
    assertThat(accessOfPrivateApiWithoutDefaultEndpoint(false)).isEqualTo("""
        REST API Api (REST, PRIVATE; resource policy private.yaml:9)
          default endpoint disabled: calls to the execute-api endpoint get 403 Forbidden; reachable only through private custom\
         domain names, none of which the input maps to it
          not a documented way in: public.example.com (public custom domain names; a private API is served only by private\
         custom domain names)
          prod GET / (NONE)
            anyone, through any VPC endpoint: denied, the default endpoint is disabled
            anyone on the internet: denied, a private API is reached only through interface VPC endpoints

        """);
  }

  @Test
  void access_aPrivateApiWithItsDefaultEndpointDisabledIsReachedThroughItsPrivateCustomDomainAsItsPolicyAllows()
      throws IOException {
    assertThat(accessOfPrivateApiWithoutDefaultEndpoint(true)).isEqualTo("""
        REST API Api (REST, PRIVATE; resource policy private.yaml:9)
          default endpoint disabled: calls to the execute-api endpoint get 403 Forbidden; reachable only through private custom\
         domain names: private.example.com
          prod GET / (NONE)
            anyone, through VPC endpoint vpce-1a2b3c4d: allowed [statement #1 at private.yaml:10]
            anyone, through any other VPC endpoint: denied [statement #2 at private.yaml:11]
            anyone on the internet: denied, a private API is reached only through interface VPC endpoints

        """);
  }

  @Test
  void access_anEndpointIdImportedFromAnotherStackIsANamedEndpointAndTheOthersAreDecided() throws IOException {
    assertThat(access("imported.yaml", TEMPLATE.replace("\"vpce-1a2b3c4d\"", "!ImportValue network-ApiEndpointId")))
        .isEqualTo(reportsApiAnswer("imported.yaml", "VPC endpoint ${import network-ApiEndpointId}", "any other VPC endpoint"));
  }

  @Test
  void access_aPolicyThatNamesAVpcButNoEndpointSaysAnyVpcEndpointInThatVpcAndInAnyOtherVpc() throws IOException {
    assertThat(access("vpc.yaml", TEMPLATE.replace("\"aws:SourceVpce\": \"vpce-1a2b3c4d\"", "\"aws:SourceVpc\": vpc-0a1b2c3d")))
        .isEqualTo(reportsApiAnswer("vpc.yaml", "any VPC endpoint in VPC vpc-0a1b2c3d", "any VPC endpoint in any other VPC"));
  }

  /** What {@code access} answers for {@link #TEMPLATE} in {@code file}: {@code admitted} gets in, {@code others} are denied. */
  private static String reportsApiAnswer(String file, String admitted, String others) {
    return """
        REST API ReportsApi (REST, PRIVATE; resource policy %1$s:8)
          every stage (none declared) GET / (NONE)
            anyone, through %2$s: allowed [statement Open at %1$s:10]
            anyone, through %3$s: denied [statement OnlyOurEndpoint at %1$s:11]
            anyone on the internet: denied, a private API is reached only through interface VPC endpoints

        """.formatted(file, admitted, others);
  }

  /** Resources: a regional API keys whose GET / has the authorization and API key requirement given. */
  private static String keyedGet(String authorization, String apiKeyRequired) {
    return """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties: {Name: keys, EndpointConfiguration: {Types: [REGIONAL]}}
          Get:
            Type: AWS::ApiGateway::Method
            Properties: {RestApiId: !Ref Api, ResourceId: !GetAtt Api.RootResourceId, HttpMethod: GET, AuthorizationType: %s,
              ApiKeyRequired: %s}
        """.formatted(authorization, apiKeyRequired);
  }

  @Test
  void access_aMethodThatRequiresAnApiKeySaysSo() throws IOException {
    assertThat(access("keys.yaml", """
        Transform: AWS::Serverless-2016-10-31
        """ + keyedGet("NONE", "true") + """
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties: {RestApiId: !Ref Api, StageName: prod}
          Sam:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              OpenApiVersion: "3.0.1"
              Auth: {ApiKeyRequired: true, AddApiKeyRequiredToCorsPreflight: false}
              DefinitionBody:
                openapi: "3.0.1"
                paths:
                  /open: {get: {}, options: {}}
                  /keyed: {get: {security: [{api_key: []}]}}
                components:
                  securitySchemes:
                    api_key: {type: apiKey, name: x-api-key, in: header}
          Fn:
            Type: AWS::Serverless::Function
            Properties: {Handler: index.handler, Runtime: nodejs20.x, Events: {
              Free: {Type: Api, Properties: {RestApiId: !Ref Events, Path: /free, Method: GET, Auth: {ApiKeyRequired: false}}},
              Paid: {Type: Api, Properties: {RestApiId: !Ref Events, Path: /paid, Method: GET}}}}
          Events:
            Type: AWS::Serverless::Api
            Properties: {StageName: live, OpenApiVersion: "3.0.1", Auth: {ApiKeyRequired: true}}
        """)).isEqualTo("""
        REST API Api (REST, REGIONAL; no resource policy)
          prod GET / (NONE, API key required)
            anyone on the internet: allowed with a valid API key of a usage plan of the stage

        REST API Sam (REST, EDGE; no resource policy)
          dev GET /open (NONE, API key required)
            anyone on the internet: allowed with a valid API key of a usage plan of the stage
          dev OPTIONS /open (NONE)
            anyone on the internet: allowed
          dev GET /keyed (NONE, API key required)
            anyone on the internet: allowed with a valid API key of a usage plan of the stage

        REST API Events (REST, EDGE; no resource policy)
          live GET /free (NONE)
            anyone on the internet: allowed
          live GET /paid (NONE, API key required)
            anyone on the internet: allowed with a valid API key of a usage plan of the stage

        """);
    out.getBuffer().setLength(0);
    assertThat(access("keys.yaml", Files.readString(workingDirectory.resolve("keys.yaml")), "-f", "json"))
        .contains("\"authorization\": \"NONE\",\n          \"apiKeyRequired\": true,")
        .contains("\"description\": \"anyone on the internet: allowed with a valid API key of a usage plan of the stage\",\n"
            + "              \"apiKeyNeeded\": true,");
  }

  @Test
  void access_anApiKeyRequirementTheInputLeavesOpenIsAConditionOfTheAllowedLines() throws IOException {
    String template = """
        Parameters:
          KeyRequired: {Type: String, AllowedValues: ["true", "false"]}
        """ + keyedGet("NONE", "!Ref KeyRequired");
    assertThat(access("keys.yaml", template)).isEqualTo("""
        REST API Api (REST, REGIONAL; no resource policy)
          every stage (none declared) GET / (NONE, API key possibly required)
            anyone on the internet: allowed, if the API key requirement the input leaves open is met

        """);
    out.getBuffer().setLength(0);
    assertThat(access("keys.yaml", template, "-f", "json"))
        .contains("\"description\": \"anyone on the internet: allowed, if the API key requirement the input leaves open is met\",\n"
            + "              \"apiKeyNeeded\": null,");
    out.getBuffer().setLength(0);
    assertThat(access("keys.yaml", template, "-f", "markdown"))
        .contains("| every stage (none declared) GET / (NONE, API key possibly required) | anyone on the internet"
            + " | allowed, if the API key requirement the input leaves open is met |  |\n");
  }

  @Test
  void access_aLineThatIsDeniedNeedsNoApiKey() throws IOException {
    assertThat(access("keys.yaml", keyedGet("AWS_IAM", "true"), "-f", "json"))
        .contains("\"description\": \"anyone on the internet: denied, AWS_IAM takes only signed requests\",\n"
            + "              \"apiKeyNeeded\": false,");
  }

  @Test
  void class8_accessOfATerraformApiWritesTheValuesItDoesNotFixInTerraformsSpelling() throws IOException {
    String configuration = """
        resource "aws_vpc_endpoint" "reports" {
          vpc_id            = "vpc-0aaaabbbbccccdddd"
          service_name      = "com.amazonaws.eu-west-1.execute-api"
          vpc_endpoint_type = "Interface"
        }
        resource "aws_api_gateway_rest_api" "reports" {
          name = "reports"
          endpoint_configuration {
            types            = ["PRIVATE"]
            vpc_endpoint_ids = [aws_vpc_endpoint.reports.id]
          }
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect    = "Allow"
              Principal = "*"
              Action    = "execute-api:Invoke"
              Resource  = "execute-api:/*"
              Condition = { StringEquals = { "aws:SourceVpce" = aws_vpc_endpoint.reports.id } }
            }]
          })
        }
        resource "aws_api_gateway_method" "get" {
          rest_api_id   = aws_api_gateway_rest_api.reports.id
          resource_id   = aws_api_gateway_rest_api.reports.root_resource_id
          http_method   = "GET"
          authorization = "AWS_IAM"
        }
        """;
    assertThat(access("main.tf", configuration))
        .contains("roles and users of the API's own account, through VPC endpoint ${aws_vpc_endpoint.reports.id}: allowed");
    out.getBuffer().setLength(0);
    assertThat(access("main.tf", configuration, "-f", "json"))
        .contains("\"value\": \"${data.aws_caller_identity.current.account_id}\",")
        .doesNotContain("AWS::AccountId");
  }

  @Test
  void access_terraformApiKeyRequiredAndAnEmptyStageName() throws IOException {
    assertThat(access("main.tf", """
        variable "stage_name" { default = "" }
        resource "aws_api_gateway_rest_api" "api" {
          name = "orders"
          endpoint_configuration { types = ["REGIONAL"] }
        }
        resource "aws_api_gateway_method" "get" {
          rest_api_id      = aws_api_gateway_rest_api.api.id
          resource_id      = aws_api_gateway_rest_api.api.root_resource_id
          http_method      = "GET"
          authorization    = "NONE"
          api_key_required = true
        }
        resource "aws_api_gateway_stage" "stage" {
          rest_api_id = aws_api_gateway_rest_api.api.id
          stage_name  = var.stage_name
        }
        """)).isEqualTo("""
        REST API aws_api_gateway_rest_api.api (REST, REGIONAL; no resource policy)
          stage "" GET / (NONE, API key required)
            anyone on the internet: allowed with a valid API key of a usage plan of the stage

        """);
  }

  @Test
  void class3_accessOfAPlanPolicyKnownOnlyAfterApplyWithoutConfiguration_isUnknownNotNone() throws IOException {
    Files.writeString(workingDirectory.resolve("plan.json"), """
        {"format_version": "1.2",
         "planned_values": {"root_module": {"resources": [
           {"address": "aws_api_gateway_rest_api.api", "mode": "managed", "type": "aws_api_gateway_rest_api", "name": "api",
            "values": {"name": "x", "endpoint_configuration": [{"types": ["PRIVATE"], "vpc_endpoint_ids": ["vpce-0abc"]}]}}]}},
         "resource_changes": [
           {"address": "aws_api_gateway_rest_api.api", "change": {"actions": ["create"], "after_unknown": {"id": true, "policy": true}}}]}
        """);
    assertThat(run("access", "plan.json")).isZero();
    assertThat(out.toString())
        .contains("resource policy unknown, plan.json:3")
        .contains("anyone, through any VPC endpoint: depends")
        .contains("statements of the resource policy that the input does not give")
        .doesNotContain("no resource policy")
        .doesNotContain("nobody");
  }

  @Test
  void accessMarkdown_hasAMermaidFlowchart() {
    assertThat(run("access", "api.yaml", "--format", "markdown")).isZero();
    assertThat(out.toString()).contains("```mermaid\nflowchart LR\n").contains("api0[\"REST API ReportsApi\"]");
  }

  @Test
  void accessJson_listsCallerClasses() {
    assertThat(run("access", "api.yaml", "-f", "json")).isZero();
    assertThat(out.toString()).contains("\"class\": \"ANYONE\"").contains("\"endpointType\": \"PRIVATE\"");
  }

  private static final String CHAT = """
      Resources:
        Chat:
          Type: AWS::ApiGatewayV2::Api
          Properties: {Name: chat, ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}
        Connect:
          Type: AWS::ApiGatewayV2::Route
          Properties: {ApiId: !Ref Chat, RouteKey: $connect, AuthorizationType: %s}
        Disconnect:
          Type: AWS::ApiGatewayV2::Route
          Properties: {ApiId: !Ref Chat, RouteKey: $disconnect}
        Send:
          Type: AWS::ApiGatewayV2::Route
          Properties: {ApiId: !Ref Chat, RouteKey: sendmessage}
        Stage:
          Type: AWS::ApiGatewayV2::Stage
          Properties: {ApiId: !Ref Chat, StageName: prod}
      """;

  /** What an AWS_IAM method or route without resource policy answers. */
  private static final String SIGNED_ONLY_WITHOUT_POLICY = """
          anyone on the internet: denied, AWS_IAM takes only signed requests
          roles and users of the API's own account: allowed if the caller's identity policy allows
          other AWS accounts: denied, no resource policy
      """;

  private String access(String file, String content, String... options) throws IOException {
    Files.writeString(workingDirectory.resolve(file), content);
    List<String> args = new ArrayList<>(List.of("access", file));
    args.addAll(List.of(options));
    assertThat(run(args.toArray(String[]::new))).isZero();
    return out.toString();
  }

  @Test
  void class6_webSocketRoutesAreReachedByTheClientsConnectAdmitted() throws IOException {
    assertThat(access("chat.yaml", CHAT.formatted("AWS_IAM"))).isEqualTo("""
        WebSocket API Chat (WEBSOCKET, REGIONAL; no resource policy)
          prod $connect (AWS_IAM)
            anyone on the internet: denied, AWS_IAM takes only signed requests
            roles and users of the API's own account: allowed if the caller's identity policy allows
            other AWS accounts: denied, no resource policy
          prod $disconnect (NONE)
            anyone on the internet: denied, only API Gateway calls $disconnect, when the client or the server disconnects
          prod sendmessage (NONE)
            connected clients (admitted at $connect by AWS_IAM): allowed

        """);
  }

  @Test
  void class6_aConnectWithoutAuthorizationAdmitsAnyoneWhoConnects() throws IOException {
    assertThat(access("chat.yaml", CHAT.formatted("NONE"), "--format", "json"))
        .contains("\"class\": \"CONNECTED\",\n"
            + "              \"value\": \"NONE\",\n"
            + "              \"origin\": null,\n"
            + "              \"access\": \"ALLOWED\",\n"
            + "              \"description\": \"anyone on the internet who connects ($connect has no authorization): allowed\"");
  }

  @Test
  void class6_aConnectWithALambdaAuthorizerAdmitsWhomItAllows() throws IOException {
    assertThat(access("chat.yaml", CHAT.formatted("CUSTOM"), "--format", "markdown"))
        .contains("| prod sendmessage (NONE) | connected clients (admitted at $connect by the Lambda authorizer) | allowed |  |\n");
  }

  @Test
  void class9_stagesComeFromSamDefaultsAndOtherAccountsAreListedAsDenied() throws IOException {
    assertThat(access("sam.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Orders:
            Type: AWS::Serverless::HttpApi
            Properties:
              Auth: {EnableIamAuthorizer: true, DefaultAuthorizer: AWS_IAM}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Handler: index.handler
              Runtime: nodejs20.x
              Events:
                Items: {Type: HttpApi, Properties: {Path: /items, Method: GET}}
                Legacy: {Type: Api, Properties: {Path: /items, Method: GET}}
                Orders: {Type: HttpApi, Properties: {ApiId: !Ref Orders, Path: /orders, Method: GET}}
        """)).isEqualTo("""
        HTTP API Orders (HTTP, REGIONAL; no resource policy)
          $default GET /orders (AWS_IAM)
        """ + SIGNED_ONLY_WITHOUT_POLICY + """

        REST API ServerlessRestApi (REST, EDGE; no resource policy)
          Prod GET /items (NONE)
            anyone on the internet: allowed
          Stage GET /items (NONE)
            anyone on the internet: allowed

        HTTP API ServerlessHttpApi (HTTP, REGIONAL; no resource policy)
          $default GET /items (NONE)
            anyone on the internet: allowed

        """);
  }

  /** A regional API without stages whose policy admits by user agent, a key the summary leaves open. */
  private static final String AGENTS_ONLY = """
      Resources:
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties: {EndpointConfiguration: {Types: [REGIONAL]}, Policy: {Statement: [{Sid: Agents, Effect: Allow,
            Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*",
            Condition: {StringLike: {"aws:UserAgent": "agent/*"}}}]}}
        Get:
          Type: AWS::ApiGateway::Method
          Properties: {RestApiId: !Ref Api, ResourceId: !GetAtt Api.RootResourceId, HttpMethod: GET, AuthorizationType: NONE}
        Post:
          Type: AWS::ApiGateway::Method
          Properties: {RestApiId: !Ref Api, ResourceId: !GetAtt Api.RootResourceId, HttpMethod: POST, AuthorizationType: AWS_IAM}
      """;

  @Test
  void class9_anUndeclaredStageIsEveryStageAndDependsSaysOnWhatOnce() throws IOException {
    assertThat(access("api.yaml", AGENTS_ONLY)).isEqualTo("""
        REST API Api (REST, REGIONAL; resource policy api.yaml:4)
          every stage (none declared) GET / (NONE)
            anyone on the internet: depends
            depends on statement Agents at api.yaml:4; the request's aws:UserAgent
          every stage (none declared) POST / (AWS_IAM)
            anyone on the internet: denied, AWS_IAM takes only signed requests
            roles and users of the API's own account: depends
            other AWS accounts: depends
            depends on statement Agents at api.yaml:4; the request's aws:UserAgent

        """);
  }

  @Test
  void class9_aVerbTheInputLeavesOpenIsShownAsTheValueItComesFrom() throws IOException {
    String module = """
        variable "verb" {}
        resource "aws_api_gateway_rest_api" "api" {
          name = "orders"
          endpoint_configuration { types = ["REGIONAL"] }
        }
        resource "aws_api_gateway_method" "any" {
          rest_api_id   = aws_api_gateway_rest_api.api.id
          resource_id   = aws_api_gateway_rest_api.api.root_resource_id
          http_method   = var.verb
          authorization = "NONE"
        }
        resource "aws_api_gateway_stage" "prod" {
          rest_api_id = aws_api_gateway_rest_api.api.id
          stage_name  = "prod"
        }
        """;
    assertThat(access("main.tf", module)).isEqualTo("""
        REST API aws_api_gateway_rest_api.api (REST, REGIONAL; no resource policy)
          prod ${var.verb} / (NONE)
            anyone on the internet: allowed

        """);
    out.getBuffer().setLength(0);
    assertThat(access("main.tf", module, "--format", "json")).contains("\"method\": \"${var.verb}\",");
  }

  @Test
  void accessText_class1_aDefinitionIncludedFromS3LeavesEveryMethodUnknown() throws IOException {
    Files.writeString(workingDirectory.resolve("sam.yaml"), """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          OrdersApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
              EndpointConfiguration: REGIONAL
              DefinitionBody:
                Fn::Transform:
                  Name: AWS::Include
                  Parameters:
                    Location: s3://specs-bucket/orders.yaml
          Orders:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              Events:
                Get:
                  Type: Api
                  Properties: {RestApiId: !Ref OrdersApi, Path: /orders, Method: get}
        """);
    assertThat(run("access", "sam.yaml")).isZero();
    assertThat(out.toString()).contains("every method (none declared)").contains("resource policy unknown").doesNotContain("GET /orders");
  }

  /** Terraform count/for_each: one method per key where the module decides them, one of unknown verb where it does not. */
  @Test
  void accessText_terraformForEachGivesOneMethodPerKeyAndNoVerbMadeOfAnUnknownValue() throws IOException {
    String output = access("main.tf", """
        variable "routes" {
          default = { users = "GET", cards = "POST" }
        }
        variable "more_routes" {}
        variable "create_admin_api" {
          default = false
        }
        resource "aws_api_gateway_rest_api" "store" {
          name = "store"
        }
        resource "aws_api_gateway_method" "route" {
          for_each      = var.routes
          authorization = "NONE"
          http_method   = each.value
          rest_api_id   = aws_api_gateway_rest_api.store.id
          resource_id   = aws_api_gateway_rest_api.store.root_resource_id
        }
        resource "aws_api_gateway_method" "more" {
          for_each      = var.more_routes
          http_method   = each.key
          authorization = "NONE"
          rest_api_id   = aws_api_gateway_rest_api.store.id
          resource_id   = aws_api_gateway_rest_api.store.root_resource_id
        }
        resource "aws_api_gateway_rest_api" "admin" {
          count = var.create_admin_api ? 1 : 0
          name  = "admin"
        }
        """);

    assertThat(output).isEqualTo("""
        REST API aws_api_gateway_rest_api.store (REST, EDGE; no resource policy)
          every stage (none declared) POST / (NONE)
            anyone on the internet: allowed
          every stage (none declared) GET / (NONE)
            anyone on the internet: allowed
          every stage (none declared) ${each.key} / (NONE)
            anyone on the internet: allowed

        """);
  }

  @Test
  void access_anOperationNamingASchemeTheDefinitionDoesNotDefineHasAnUnknownAuthorization() throws IOException {
    assertThat(access("swagger.json", """
        {"swagger": "2.0", "info": {"title": "accounts", "version": "1"},
         "securityDefinitions": {
           "bearer": {"type": "apiKey", "name": "Authorization", "in": "header"},
           "api_key": {"type": "apiKey", "name": "x-api-key", "in": "header"},
           "sigv4": {"type": "apiKey", "name": "Authorization", "in": "header", "x-amazon-apigateway-authtype": "awsSigv4"}},
         "paths": {"/accounts": {
           "post": {"security": [{"lambda-authorizer": []}]},
           "put": {"security": [{"bearer": []}]},
           "get": {"security": [{"api_key": []}]},
           "delete": {"security": [{"sigv4": []}, {"api_key": []}]},
           "patch": {}}},
         "security": [{"sigv4": []}]}
        """)).isEqualTo("""
        REST API accounts (REST; no resource policy)
          every stage (none declared) POST /accounts (UNKNOWN)
            anyone on the internet: depends
            depends on the method's authorization: the operation requires security scheme lambda-authorizer, \
        which the definition does not define
          every stage (none declared) PUT /accounts (UNKNOWN)
            anyone on the internet: depends
            depends on the method's authorization: security scheme bearer has neither x-amazon-apigateway-authtype \
        nor x-amazon-apigateway-authorizer, and what API Gateway makes of it is not documented
          every stage (none declared) GET /accounts (NONE, API key required)
            anyone on the internet: allowed with a valid API key of a usage plan of the stage
          every stage (none declared) DELETE /accounts (AWS_IAM, API key required)
            anyone on the internet: denied, AWS_IAM takes only signed requests
            roles and users of the API's own account: allowed if the caller's identity policy allows, \
        with a valid API key of a usage plan of the stage
            other AWS accounts: denied, no resource policy
          every stage (none declared) PATCH /accounts (UNKNOWN)
            anyone on the internet: depends
            depends on the method's authorization: only the document-level security names AWS_IAM, and whether \
        API Gateway applies it to an operation without security of its own is not documented

        """);
  }

  /** A SAM API with an IAM default authorizer, a body of its own and its policy naming a role of another account. */
  private static final String PROXY = """
      Transform: AWS::Serverless-2016-10-31
      Resources:
        ProxyApi:
          Type: AWS::Serverless::Api
          Properties:
            StageName: dev
            EndpointConfiguration: REGIONAL
            Auth:
              DefaultAuthorizer: AWS_IAM
              AddDefaultAuthorizerToCorsPreflight: false
              ResourcePolicy:
                CustomStatements:
                  - {Effect: Allow, Principal: {AWS: "arn:aws:iam::330163506186:role/perftest"}, Action: "execute-api:Invoke",
                     Resource: "execute-api:/*"}
            DefinitionBody: %s
            OpenApiVersion: "2.0"
      """;

  @Test
  void access_samDefaultAuthorizerAppliesToTheMethodsOfADefinitionTheRunCannotRead() throws IOException {
    assertThat(access("sam.yaml", PROXY.formatted("{'Fn::Transform': {Name: AWS::Include, Parameters: {Location: s3://specs/proxy.yaml}}}")))
        .isEqualTo("""
        REST API ProxyApi (REST, REGIONAL; resource policy sam.yaml:12)
          dev every method (none declared) (AWS_IAM, from SAM's DefaultAuthorizer AWS_IAM, except on OPTIONS methods and \
        where the definition overrides it)
            anyone on the internet: denied, AWS_IAM takes only signed requests
            roles and users of the API's own account: allowed if the caller's identity policy allows
            other AWS accounts: denied, the resource policy does not allow it
            role arn:aws:iam::330163506186:role/perftest: allowed if the caller's identity policy allows [statement #1 at sam.yaml:13]

        """);
  }

  @Test
  void access_samDefaultAuthorizerAppliesToTheMethodsOfADefinitionItReadsAsSamDoes() throws IOException {
    String body = """
        {swagger: "2.0", info: {title: proxy, version: "1"},
                  securityDefinitions: {api_key: {type: apiKey, name: x-api-key, in: header}}, paths: {/items: {
                  get: {x-amazon-apigateway-integration: {type: aws_proxy}},
                  put: {x-amazon-apigateway-integration: {type: aws_proxy}, security: [{NONE: []}, {api_key: []}]},
                  options: {x-amazon-apigateway-integration: {type: mock}},
                  delete: {}}}}""";
    assertThat(access("sam.yaml", PROXY.formatted(body), "--format", "json"))
        .contains("\"method\": \"GET\",\n          \"path\": \"/items\",\n          \"authorization\": \"AWS_IAM\"")
        .contains("\"method\": \"PUT\",\n          \"path\": \"/items\",\n          \"authorization\": \"NONE\"")
        .contains("\"method\": \"OPTIONS\",\n          \"path\": \"/items\",\n          \"authorization\": \"NONE\"")
        .contains("\"method\": \"DELETE\",\n          \"path\": \"/items\",\n          \"authorization\": \"NONE\"");
  }

  @Test
  void access_principalsThePolicyNamesAreListedWhenTheMethodsAuthorizationIsUnknown() throws IOException {
    assertThat(access("api.yaml", """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              EndpointConfiguration: {Types: [REGIONAL]}
              BodyS3Location: {Bucket: specs, Key: api.yaml}
              Policy:
                Statement:
                  - {Effect: Allow, Principal: {AWS: "arn:aws:iam::222222222222:role/reader"}, Action: "execute-api:Invoke",
                     Resource: "execute-api:/*"}
                  - {Effect: Deny, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*",
                     Condition: {NotIpAddress: {"aws:SourceIp": "10.0.0.0/8"}}}
        """)).isEqualTo("""
        REST API Api (REST, REGIONAL; resource policy api.yaml:8)
          every stage (none declared) every method (none declared) (UNKNOWN)
            anyone, from the internet, from addresses outside 10.0.0.0/8: denied [statement #2 at api.yaml:11]
            anyone, from the internet, from 10.0.0.0/8: depends
            roles and users of the API's own account, from the internet, from addresses outside 10.0.0.0/8: denied \
        [statement #2 at api.yaml:11]
            roles and users of the API's own account, from the internet, from 10.0.0.0/8: depends
            other AWS accounts, from the internet, from addresses outside 10.0.0.0/8: denied [statement #2 at api.yaml:11]
            other AWS accounts, from the internet, from 10.0.0.0/8: depends
            role arn:aws:iam::222222222222:role/reader, from the internet, from addresses outside 10.0.0.0/8: denied \
        [statement #2 at api.yaml:11]
            role arn:aws:iam::222222222222:role/reader, from the internet, from 10.0.0.0/8: depends
            depends on the method's authorization, which the input does not give

        """);
  }

  @Test
  void access_quickCreateMakesTheDefaultRouteAndStage() throws IOException {
    assertThat(access("quick.yaml", """
        Resources:
          Open:
            Type: AWS::ApiGatewayV2::Api
            Properties: {Name: open, ProtocolType: HTTP, Target: !GetAtt Fn.Arn}
          Signed:
            Type: AWS::ApiGatewayV2::Api
            Properties: {Name: signed, ProtocolType: HTTP, Target: !GetAtt Fn.Arn, RouteKey: "GET /items"}
          SignedOverrides:
            Type: AWS::ApiGatewayV2::ApiGatewayManagedOverrides
            Properties: {ApiId: !Ref Signed, Route: {AuthorizationType: AWS_IAM}}
          Chat:
            Type: AWS::Serverless::WebSocketApi
            Properties:
              RouteSelectionExpression: $request.body.action
              Auth: {AuthType: AWS_IAM}
              Routes:
                $connect: {FunctionArn: !GetAtt Fn.Arn}
                send: {FunctionArn: !GetAtt Fn.Arn}
        """)).isEqualTo("""
        HTTP API Open (HTTP, REGIONAL; no resource policy)
          $default $default (NONE)
            anyone on the internet: allowed

        HTTP API Signed (HTTP, REGIONAL; no resource policy)
          $default GET /items (AWS_IAM)
        """ + SIGNED_ONLY_WITHOUT_POLICY + """

        WebSocket API Chat (WEBSOCKET, REGIONAL; no resource policy)
          default $connect (AWS_IAM)
        """ + SIGNED_ONLY_WITHOUT_POLICY + """
          default send (NONE)
            connected clients (admitted at $connect by AWS_IAM): allowed

        """);
  }

  @Test
  void access_terraformQuickCreateMakesTheDefaultRouteAndStage() throws IOException {
    assertThat(access("main.tf", """
        resource "aws_apigatewayv2_api" "quick" {
          name          = "quick"
          protocol_type = "HTTP"
          target        = "arn:aws:lambda:eu-west-2:111111111111:function:app"
        }
        """)).isEqualTo("""
        HTTP API aws_apigatewayv2_api.quick (HTTP, REGIONAL; no resource policy)
          $default $default (NONE)
            anyone on the internet: allowed

        """);
    out.getBuffer().setLength(0);
    assertThat(access("main.tf", """
        variable "target" {
          type    = string
          default = null
        }
        resource "aws_apigatewayv2_api" "quick" {
          name          = "quick"
          protocol_type = "HTTP"
          target        = var.target
        }
        """)).contains("every stage (none declared) every method (none declared) (UNKNOWN)");
  }

  /** A Deny of one path written with an ARN that names its partition. */
  private static final String HEALTHCHECK_ONLY_FROM_OFFICE = """
      Resources:
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            EndpointConfiguration: {Types: [REGIONAL]}
            Policy:
              Statement:
                - Effect: Deny
                  Principal: "*"
                  Action: execute-api:Invoke
                  Resource: !Sub "arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:*/dev/GET/healthcheck"
                  Condition: {NotIpAddress: {"aws:SourceIp": "192.0.2.0/24"}}
                - {Effect: Allow, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*"}
        Health:
          Type: AWS::ApiGateway::Resource
          Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: healthcheck}
        GetHealth:
          Type: AWS::ApiGateway::Method
          Properties: {RestApiId: !Ref Api, ResourceId: !Ref Health, HttpMethod: GET, AuthorizationType: NONE}
        GetRoot:
          Type: AWS::ApiGateway::Method
          Properties: {RestApiId: !Ref Api, ResourceId: !GetAtt Api.RootResourceId, HttpMethod: GET, AuthorizationType: NONE}
        Stage:
          Type: AWS::ApiGateway::Stage
          Properties: {RestApiId: !Ref Api, StageName: dev}
      """;

  @Test
  void access_withoutRegionAnArnWithItsPartitionDependsOnTheRegionAndPartitionAndSaysSo() throws IOException {
    assertThat(access("api.yaml", HEALTHCHECK_ONLY_FROM_OFFICE)).isEqualTo("""
        REST API Api (REST, REGIONAL; resource policy api.yaml:7)
          dev GET /healthcheck (NONE)
            anyone, from the internet, from addresses outside 192.0.2.0/24: depends [statement #1 at api.yaml:8]
            anyone, from the internet, from 192.0.2.0/24: allowed [statement #2 at api.yaml:13]
            depends on the API's Region and partition, which the input does not give: set `region` in .apigw-lint.yaml
          dev GET / (NONE)
            anyone on the internet: allowed [statement #2 at api.yaml:13]

        """);
    out.getBuffer().setLength(0);
    Files.writeString(workingDirectory.resolve(".apigw-lint.yaml"), "region: eu-west-2\n");
    assertThat(access("api.yaml", HEALTHCHECK_ONLY_FROM_OFFICE)).contains("""
          dev GET /healthcheck (NONE)
            anyone, from the internet, from addresses outside 192.0.2.0/24: denied [statement #1 at api.yaml:8]
            anyone, from the internet, from 192.0.2.0/24: allowed [statement #2 at api.yaml:13]
        """);
  }

  @Test
  void simulate_printsDecisionAndDecidingStatementWithLine() {
    assertThat(run("simulate", "--policy", "policy.json", "--principal", "anonymous", "--resource", METHOD,
        "--context", "aws:SourceIp=203.0.113.9", "--auth-type", "NONE")).isZero();
    assertThat(out.toString()).startsWith("EXPLICIT_DENY").contains("Deny statement NotFromHere at policy.json:3");
  }

  @Test
  void simulate_json() {
    assertThat(run("simulate", "--policy", "policy.json", "--principal", "111111111111", "--resource", METHOD,
        "--context", "aws:SourceIp=198.51.100.1", "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"decision\": \"ALLOW\"").contains("\"location\": \"policy.json:2\"");
  }

  @Test
  void class5_simulateWithAuthTypeDecidesOnTheActionGiven() {
    assertThat(run("simulate", "--policy", "cache.json", "--principal", "anonymous", "--resource", METHOD,
        "--action", "execute-api:InvalidateCache", "--auth-type", "NONE")).isZero();
    assertThat(out.toString()).isEqualTo("""
        EXPLICIT_DENY: NONE: resource policy denies
          Deny statement NoCacheFlush at cache.json:3
        """);
  }

  @Test
  void class5_simulateWithAuthTypeShowsTheStatementsTheWorkflowEvaluated() {
    // A NONE method passes no signer to the resource policy, so the Deny naming the account does not apply.
    assertThat(run("simulate", "--policy", "cache.json", "--principal", "222222222222", "--resource", METHOD,
        "--auth-type", "NONE")).isZero();
    assertThat(out.toString()).isEqualTo("""
        ALLOW: NONE: resource policy allows
          Allow statement Open at cache.json:2
        """);
  }

  @Test
  void class5_resourceThatIsNotAnArnIsAUsageError() {
    assertThat(run("simulate", "--policy", "policy.json", "--principal", "anonymous", "--resource", "pets")).isEqualTo(ExitCodes.FAILURE);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("apigw-lint: --resource is not an ARN: pets\n");
  }

  @Test
  void class5_authTypeNeedsTheArnOfAMethod() {
    String api = "arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5";
    assertThat(run("simulate", "--principal", "anonymous", "--resource", api, "--auth-type", "NONE")).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).isEqualTo("apigw-lint: --auth-type needs --resource to be the ARN of a method,"
        + " arn:aws:execute-api:REGION:ACCOUNT:API-ID/STAGE/VERB/PATH: " + api + "\n");
  }

  @Test
  void simulate_classC_aServerlessVariableInThePrincipalLeavesTheAnswerUnknown() throws IOException {
    assertThat(simulate("""
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${self:custom.consumerAccount}:root"},
           "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}]}
        """, "222222222222")).startsWith("UNKNOWN");
  }

  @Test
  void simulate_classC_aServerlessVariableInTheResourceLeavesTheAnswerUnknown() throws IOException {
    assertThat(simulate("""
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke",
           "Resource": "arn:aws:execute-api:us-east-1:111111111111:${self:custom.apiId}/*"}]}
        """, "anonymous")).startsWith("UNKNOWN");
  }

  @Test
  void simulate_classC_anIamPolicyVariableInTheResourceStaysAVariable() throws IOException {
    assertThat(simulate("""
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111111111111:user/pets"}, "Action": "execute-api:Invoke",
           "Resource": "arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/prod/GET/${aws:username}"}]}
        """, "arn:aws:iam::111111111111:user/pets")).startsWith("ALLOW");
  }

  /** What {@code simulate} prints for a call of {@link #METHOD} by {@code principal} under {@code policy}. */
  private String simulate(String policy, String principal) throws IOException {
    Files.writeString(workingDirectory.resolve("simulated-policy.json"), policy);
    assertThat(run("simulate", "--policy", "simulated-policy.json", "--principal", principal, "--resource", METHOD)).isZero();
    return out.toString();
  }

  @Test
  void simulate_unknownPrincipalIsAUsageFailure() {
    assertThat(run("simulate", "--principal", "bob", "--resource", METHOD)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).contains("--principal");
  }

  @Test
  void class4_simulate_aPolicyThatDoesNotParseIsNamedWithWhereItBreaks() throws IOException {
    Files.writeString(workingDirectory.resolve("broken.json"), "{\"Version\": \"2012-10-17\", \"Statement\": [\n");
    Files.writeString(workingDirectory.resolve("settings.json"), "{\"editor.tabSize\": 2,}");

    assertThat(run("simulate", "--policy", "broken.json", "--principal", "anonymous", "--resource", METHOD))
        .isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).contains("broken.json:2:1: Unexpected end-of-input");
    assertThat(run("simulate", "--policy", "settings.json", "--principal", "anonymous", "--resource", METHOD))
        .isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).contains("settings.json: not valid JSON (line 1, column 22: Unexpected character ('}'");
  }
}
