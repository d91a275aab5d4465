package io.github.apigwlint.rules.domain;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.SyntaxNames;
import io.github.apigwlint.rule.Subject;

/**
 * Classic (public) custom domain names ({@code DomainName}, {@code ApiGatewayV2::DomainName}) are not
 * supported for private REST APIs, which private custom domain names ({@code DomainNameV2}) serve.
 * API Gateway accepts the mapping, and a load balancer in front of an execute-api VPC endpoint can
 * reach the API through it, so the outcome is not certain: a warning.
 */
@RuleInfo(
    id = "private-api-custom-domain",
    title = "Classic custom domain name used for a private API",
    severity = Severity.WARNING,
    category = "domain",
    tags = {"private-api", "custom-domain"},
    since = "0.1.0")
public final class PrivateApiCustomDomain implements Rule {

  private static final String FIX =
      "Use a private custom domain name: AWS::ApiGateway::DomainNameV2 with EndpointConfiguration Types [PRIVATE]"
          + " and a Policy, AWS::ApiGateway::BasePathMappingV2 to the API, and an"
          + " AWS::ApiGateway::DomainNameAccessAssociation from each consumer VPC endpoint.";

  private static final String TERRAFORM_FIX =
      "Use a private custom domain name: aws_api_gateway_domain_name with endpoint_configuration { types = [\"PRIVATE\"] }"
          + " and a policy, aws_api_gateway_base_path_mapping to the API with domain_name_id, and an"
          + " aws_api_gateway_domain_name_access_association from each consumer VPC endpoint.";

  private static String fix(Syntax syntax) {
    return syntax == Syntax.TERRAFORM ? TERRAFORM_FIX : FIX;
  }

  private static String privateType(Syntax syntax) {
    return syntax == Syntax.TERRAFORM
        ? "aws_api_gateway_domain_name and endpoint_configuration { types = [\"PRIVATE\"] }"
        : "AWS::ApiGateway::DomainNameV2";
  }

  @Override
  public void visitDomain(DomainName domain, RuleContext context) {
    if (!domain.isPrivateCustomDomain() && domain.endpointType() == EndpointType.PRIVATE) {
      context
          .report(
              "custom domain name " + SyntaxNames.value(domain.syntax(), domain.name()) + " is declared PRIVATE with " + SyntaxNames.type(domain)
                  + ", a classic (public) custom domain name; private custom domain names are declared with "
                  + privateType(domain.syntax()),
              domain.location(),
              Subject.domain(domain))
          .fix(fix(domain.syntax()))
          .emit();
    }
  }

  @Override
  public void visitMapping(ApiMapping mapping, RuleContext context) {
    Api api = mapping.api();
    DomainName domain = mapping.domain();
    if (api == null || domain == null || !api.isPrivate() || domain.isPrivateCustomDomain()) {
      return;
    }
    context
        .report(
            SyntaxNames.shortType(mapping) + " maps the PRIVATE " + api.name()
                + " to the classic custom domain name " + SyntaxNames.value(domain.syntax(), domain.name())
                + ": API Gateway accepts the mapping but does not support classic (public) custom domain names for"
                + " private APIs, which private custom domain names serve; clients reach the API through this name"
                + " only by a workaround such as a load balancer in front of an execute-api VPC endpoint",
            mapping.location(),
            Subject.mapping(mapping))
        .related(api.location(), "the private API")
        .related(domain.location(), "the classic domain name")
        .fix(fix(mapping.syntax()))
        .emit();
  }
}
