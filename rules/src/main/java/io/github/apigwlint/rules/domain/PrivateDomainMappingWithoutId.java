package io.github.apigwlint.rules.domain;

import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.SyntaxNames;
import io.github.apigwlint.rule.Subject;

/**
 * Private custom domain names need not be unique, so API Gateway finds one only by its id; a name
 * alone addresses a public custom domain name, and the mapping is not made on the private one.
 */
@RuleInfo(
    id = "private-domain-mapping-without-id",
    title = "Mapping names a private custom domain only by its name",
    severity = Severity.ERROR,
    category = "domain",
    tags = {"private-api", "custom-domain", "terraform"},
    since = "0.1.0")
public final class PrivateDomainMappingWithoutId implements Rule {

  @Override
  public void visitMapping(ApiMapping mapping, RuleContext context) {
    DomainName domain = mapping.domain();
    if (domain == null || !domain.isPrivateCustomDomain() || mapping.domainNameId() != null) {
      return;
    }
    boolean terraform = mapping.syntax() == Syntax.TERRAFORM;
    context
        .report(
            "this mapping names the private custom domain name " + SyntaxNames.value(domain.syntax(), domain.name())
                + " only by its name, but API Gateway identifies a private custom domain name by its id (a name"
                + " alone addresses a public custom domain name): the mapping is not made on the private domain,"
                + " and creating it fails with \"NotFoundException: Invalid domain name identifier specified\" when"
                + " no public domain has that name",
            mapping.location(),
            Subject.mapping(mapping))
        .related(domain.location(), "the private domain name")
        .fix(terraform
            ? "Add domain_name_id = " + SyntaxNames.reference(domain.element()) + ".domain_name_id to the mapping."
            : "Use AWS::ApiGateway::BasePathMappingV2 with DomainNameArn: !GetAtt " + SyntaxNames.reference(domain.element()) + ".DomainNameArn.")
        .emit();
  }
}
