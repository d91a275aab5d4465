package io.github.apigwlint.access.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.analysis.AnalysedWorkspace;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** §4.5: the summary of a private API applies the policy of each VPC endpoint of the workspace. */
class EndpointPolicySummaryTest {

  @TempDir Path folder;

  private List<String> grants(String authorization) throws IOException {
    Files.writeString(folder.resolve("api.yaml"), """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              EndpointConfiguration: {Types: [PRIVATE]}
              Policy:
                Version: "2012-10-17"
                Statement:
                  - {Effect: Allow, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*"}
          Get:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              ResourceId: !GetAtt Api.RootResourceId
              HttpMethod: GET
              AuthorizationType: %s
          Endpoint:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-0aaaabbbbccccdddd
              ServiceName: !Sub com.amazonaws.${AWS::Region}.execute-api
              VpcEndpointType: Interface
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: "arn:aws:iam::222222222222:role/reader"}
                    Action: execute-api:Invoke
                    Resource: "*"
        """.formatted(authorization));
    ApiAccess api = new AnalysedWorkspace(Linter.workspace(new LintRequest(List.of(folder), Config.defaults(), folder))).access().get(0);
    MethodAccess method = api.methods().get(0);
    return method.grants().stream().map(g -> g.describe() + ": " + g.access()).toList();
  }

  @Test
  void onlyThePrincipalsTheEndpointPolicyNamesGetThroughThatEndpoint() throws IOException {
    List<String> grants = grants("AWS_IAM");
    assertThat(grants).containsExactly(
        "roles and users of the API's own account, through any other VPC endpoint: ALLOWED",
        "other AWS accounts, through any other VPC endpoint: ALLOWED_IF_GATE",
        "role arn:aws:iam::222222222222:role/reader, through any VPC endpoint: ALLOWED_IF_GATE");
  }

  @Test
  void tv49_bearerTokenCallersAreAnonymousAtTheEndpoint() throws IOException {
    // Table A: an Allow of the resource policy suffices with a silent authorizer; the endpoint that
    // names IAM principals lets no bearer-token caller through.
    assertThat(grants("CUSTOM")).containsExactly("anyone, through any other VPC endpoint: ALLOWED");
  }
}
