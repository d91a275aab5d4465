package io.github.apigwlint.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a language writes the values a template does not fix, so that a message shows them as the
 * user would write them.
 */
public enum Spelling {
  /** As {@code Fn::Sub} writes them: {@code ${AWS::AccountId}}, {@code ${MyApi}}, {@code ${MyApi.Arn}}. */
  CLOUDFORMATION,
  /**
   * As Terraform interpolations: {@code ${data.aws_caller_identity.current.account_id}}, {@code
   * ${aws_api_gateway_rest_api.orders.id}}, {@code ${aws_api_gateway_rest_api.orders.execution_arn}},
   * {@code ${aws_api_gateway_rest_api.orders.arn}}.
   */
  TERRAFORM;

  /** The ARN prefix a Terraform API's {@code execution_arn} stands for, where the workspace fixes none of its parts. */
  private static final Pattern EXECUTION_ARN =
      Pattern.compile(Pattern.quote("arn:" + Symbols.PARTITION + ":execute-api:" + Symbols.REGION + ":" + Symbols.SELF_ACCOUNT + ":")
          + resource());

  /** The management ARN a Terraform API's {@code arn} stands for, where the workspace fixes none of its parts. */
  private static final Pattern MANAGEMENT_ARN =
      Pattern.compile(Pattern.quote("arn:" + Symbols.PARTITION + ":apigateway:" + Symbols.REGION + "::") + "/(?:restapis|apis)/"
          + resource());

  private static String resource() {
    return Pattern.quote(Symbols.OPEN + Symbols.RESOURCE + ":") + "([^" + Symbols.CLOSE + "]*)" + Symbols.CLOSE;
  }

  /** The text with the parts it writes as one expression already written; the other tokens are left. */
  String expressions(String text) {
    if (this == CLOUDFORMATION) {
      return text;
    }
    String written = EXECUTION_ARN.matcher(text).replaceAll(m -> Matcher.quoteReplacement("${" + m.group(1) + ".execution_arn}"));
    return MANAGEMENT_ARN.matcher(written).replaceAll(m -> Matcher.quoteReplacement("${" + m.group(1) + ".arn}"));
  }

  /** What goes between {@code ${} and {@code }} for the token of this kind and name. */
  String name(String kind, String name) {
    if (this == CLOUDFORMATION) {
      return name;
    }
    return switch (kind) {
      case Symbols.PSEUDO -> terraformPseudo(name);
      case Symbols.RESOURCE -> name + ".id";
      default -> name;
    };
  }

  private static String terraformPseudo(String name) {
    return switch (name) {
      case "AWS::AccountId" -> "data.aws_caller_identity.current.account_id";
      case "AWS::Region" -> "data.aws_region.current.name";
      case "AWS::Partition" -> "data.aws_partition.current.partition";
      case "AWS::URLSuffix" -> "data.aws_partition.current.dns_suffix";
      default -> name;
    };
  }
}
