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
import io.github.apigwlint.source.Symbols;

/**
 * Classic custom domain names (v1 {@code DomainName}, {@code ApiGatewayV2::DomainName}) cannot front
 * a private REST API; private custom domain names ({@code DomainNameV2}) can.
 */
@RuleInfo(
    id = "private-api-custom-domain",
    title = "Classic custom domain name used for a private API",
    severity = Severity.ERROR,
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

  @Override
  public void visitDomain(DomainName domain, RuleContext context) {
    if (!domain.isPrivateCustomDomain() && domain.endpointType() == EndpointType.PRIVATE) {
      context
          .report(
              "custom domain name " + Symbols.render(domain.name()) + " is declared PRIVATE with " + SyntaxNames.type(domain)
                  + ", which only supports EDGE and REGIONAL endpoints",
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
                + " to the classic custom domain name " + Symbols.render(domain.name())
                + ": classic domain names cannot serve private APIs, so the mapping fails or the API is unreachable through it",
            mapping.location(),
            Subject.mapping(mapping))
        .related(api.location(), "the private API")
        .related(domain.location(), "the classic domain name")
        .fix(fix(mapping.syntax()))
        .emit();
  }
}
