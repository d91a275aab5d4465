package io.github.apigwlint.rules.domain;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;

/** A private custom domain name routes only to private REST APIs. */
@RuleInfo(
    id = "private-domain-to-public-api",
    title = "Private custom domain name mapped to a public API",
    severity = Severity.ERROR,
    category = "domain",
    tags = {"private-api", "custom-domain"},
    since = "0.1.0")
public final class PrivateDomainToPublicApi implements Rule {

  @Override
  public void visitMapping(ApiMapping mapping, RuleContext context) {
    Api api = mapping.api();
    DomainName domain = mapping.domain();
    if (api == null || domain == null || !domain.isPrivateCustomDomain()) {
      return;
    }
    EndpointType type = api.endpointType();
    if (type == null || type == EndpointType.PRIVATE) {
      return;
    }
    context
        .report(
            "the private custom domain name " + SyntaxNames.value(domain.syntax(), domain.name()) + " is mapped to " + api.name() + ", which is "
                + type + ": private custom domain names cannot route to public APIs",
            mapping.location(),
            Subject.mapping(mapping))
        .related(api.location(), "the " + type + " API")
        .related(domain.location(), "the private domain name")
        .fix("Make the API PRIVATE (EndpointConfiguration Types [PRIVATE] with a resource policy for your VPC endpoints),"
            + " or map it to a public custom domain name instead.")
        .emit();
  }
}
