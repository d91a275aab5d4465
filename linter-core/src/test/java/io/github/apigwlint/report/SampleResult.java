package io.github.apigwlint.report;

import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Format;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A hand-built run: two rules, three findings (one of the whole file, one with fix, related places and
 * a variant condition, one in a CDK construct).
 */
final class SampleResult {

  static final ToolInfo TOOL =
      new ToolInfo(
          "apigw-lint",
          "1.2.3",
          "https://github.com/apigw-lint/apigw-lint",
          "https://github.com/apigw-lint/apigw-lint/blob/main/docs/rules/");

  @RuleInfo(
      id = "private-api-open-to-any-vpce",
      title = "Private API can be invoked through any VPC endpoint",
      severity = Severity.ERROR,
      category = "private-api",
      security = true,
      tags = {"network"},
      since = "0.1.0")
  static final class OpenToAnyVpce implements Rule {}

  @RuleInfo(
      id = "policy-placeholder",
      title = "Policy still holds a placeholder value",
      severity = Severity.NOTE,
      category = "policy",
      since = "0.1.0")
  static final class Placeholder implements Rule {}

  static final String TEMPLATE =
      """
      Resources:
        OrdersApi:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Policy:
              Statement:
                - Effect: Allow
                  Principal: "*"
                  Action: execute-api:Invoke
                  Resource: execute-api:/*
            Description: "\tcall 123456789012 here"
      """;

  private SampleResult() {}

  static LintResult create() {
    String template = "templates/api.yaml";
    String policy = "policies/open policy.json";
    Finding wholeFile =
        new Finding(
            "private-api-open-to-any-vpce",
            Severity.WARNING,
            "The policy allows every principal and is not attached to any API in this workspace.",
            Location.ofFile(policy),
            Subject.file(policy),
            List.of(),
            null);
    Finding open =
        new Finding(
            "private-api-open-to-any-vpce",
            Severity.ERROR,
            "Private API OrdersApi can be invoked through any VPC endpoint in any account.",
            new Location(template, 4, 5),
            new Subject(Subject.Kind.API, template + "#OrdersApi", ""),
            List.of(new Finding.Related(new Location(template, 7, 11), "the Allow statement")),
            "Condition:\n  StringEquals:\n    aws:SourceVpce: vpce-0123456789abcdef0")
            .when("when condition IsProd is false");
    Finding placeholder =
        new Finding(
            "policy-placeholder",
            Severity.NOTE,
            "Account 123456789012 looks like a placeholder.",
            new Location(template, 11, 27),
            Subject.pointer(template, "/Resources/OrdersApi/Properties/Description"),
            List.of(),
            null)
            .inConstruct("OrdersStack/OrdersApi/Resource");
    return new LintResult(
        List.of(wholeFile, open, placeholder),
        List.of(new Placeholder().info(), new OpenToAnyVpce().info()),
        Map.of(
            template,
            new SourceFile(Path.of(template), template, TEMPLATE, true, Format.CLOUDFORMATION, null),
            policy,
            new SourceFile(Path.of(policy), policy, "{}", false, Format.POLICY, null)),
        List.of());
  }

  static LintResult empty() {
    return new LintResult(List.of(), List.of(new OpenToAnyVpce().info()), Map.of(), List.of());
  }
}
