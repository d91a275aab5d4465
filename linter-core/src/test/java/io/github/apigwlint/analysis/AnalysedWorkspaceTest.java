package io.github.apigwlint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.report.AccessJsonReport;
import io.github.apigwlint.report.AccessTextReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysed workspace: one analysis per API, and the convention for an API that declares no method. */
class AnalysedWorkspaceTest {

  @TempDir Path folder;

  private AnalysedWorkspace analysed(String template) throws IOException {
    Files.writeString(folder.resolve("api.yaml"), template);
    return new AnalysedWorkspace(Linter.workspace(new LintRequest(List.of(folder), Config.defaults(), folder)));
  }

  private static final String WITHOUT_METHODS = """
      Resources:
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            EndpointConfiguration: {Types: [REGIONAL]}
            Policy: {Statement: [{Effect: Allow, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*"}]}
      """;

  @Test
  void anApiWithoutDeclaredMethodsHasEveryMethodWithUnknownAuthorization() throws IOException {
    AnalysedWorkspace analysed = analysed(WITHOUT_METHODS);
    StringWriter text = new StringWriter();
    AccessTextReport.write(analysed.access(), text);
    StringWriter json = new StringWriter();
    AccessJsonReport.write(analysed.access(), json);

    assertThat(text.toString()).isEqualTo("""
        REST API Api (REST, REGIONAL; resource policy api.yaml:6)
          every stage (none declared) every method (none declared) (UNKNOWN)
            anyone on the internet: depends [statement #1 at api.yaml:6]
            depends on the method's authorization, which the input does not give

        """);
    assertThat(json.toString())
        .contains("\"method\": null", "\"path\": null", "\"methods\": \"every method (none declared)\"")
        .contains("\"stage\": null", "\"stages\": \"every stage (none declared)\"")
        .contains("\"dependsOn\": [\n            \"the method's authorization, which the input does not give\"\n          ]")
        .doesNotContain("GET", "proxy+");
  }

  @Test
  void aDenyForEveryoneRefusesEveryMethodWhateverItsAuthorization() throws IOException {
    AnalysedWorkspace analysed = analysed(WITHOUT_METHODS.replace("Effect: Allow", "Effect: Deny"));
    StringWriter text = new StringWriter();
    AccessTextReport.write(analysed.access(), text);

    assertThat(text.toString()).contains("every method (none declared) (UNKNOWN)\n"
        + "    anyone on the internet: denied [statement #1 at api.yaml:6]\n");
  }

  @Test
  void eachApiIsAnalysedOnceAndOnlyWhenAsked() throws IOException {
    AnalysedWorkspace analysed = analysed(WITHOUT_METHODS);
    Api api = analysed.workspace().apis().get(0);

    assertThat(analysed.api(api)).isSameAs(analysed.api(api));
    assertThat(analysed.api(api).access()).isSameAs(analysed.api(api).access());
    assertThat(analysed.access()).singleElement().isSameAs(analysed.api(api).access());
  }
}
