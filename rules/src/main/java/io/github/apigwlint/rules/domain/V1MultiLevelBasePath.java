package io.github.apigwlint.rules.domain;

import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.MappingKind;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.SyntaxNames;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Symbols;

/**
 * The v1 base path mapping API rejects {@code /} in a base path; multi-level paths need an
 * ApiGatewayV2 API mapping. Private domains are left to
 * private-domain-shape, which forbids multi-level paths there altogether.
 */
@RuleInfo(
    id = "v1-multi-level-base-path",
    title = "Multi-level base path on a v1 base path mapping",
    severity = Severity.ERROR,
    category = "domain",
    tags = {"custom-domain"},
    since = "0.1.0")
public final class V1MultiLevelBasePath implements Rule {

  @Override
  public void visitMapping(ApiMapping mapping, RuleContext context) {
    String basePath = mapping.basePath();
    DomainName domain = mapping.domain();
    if (mapping.kind() != MappingKind.V1_BASE_PATH || basePath == null || Symbols.isSymbolic(basePath)
        || domain != null && domain.isPrivateCustomDomain()) {
      return;
    }
    if (basePath.replaceAll("^/+|/+$", "").contains("/")) {
      boolean terraform = mapping.syntax() == Syntax.TERRAFORM;
      context
          .report("base path " + basePath + " has several levels, but " + SyntaxNames.type(mapping)
                  + " (API Gateway's v1 API) rejects '/' in a base path (\"API Gateway V1 doesn't support the slash"
                  + " character (/) in base path mappings\"): creating the mapping fails", mapping.location(), Subject.mapping(mapping))
          .fix(terraform
              ? "Use aws_apigatewayv2_api_mapping with api_mapping_key = \"" + basePath + "\" (a REGIONAL domain name), or a"
                  + " single-level base path."
              : "Use AWS::ApiGatewayV2::ApiMapping with ApiMappingKey: " + basePath + " (a REGIONAL domain name), or a"
                  + " single-level base path.")
          .emit();
    }
  }
}
