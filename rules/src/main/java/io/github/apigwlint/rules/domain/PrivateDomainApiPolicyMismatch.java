package io.github.apigwlint.rules.domain;

import io.github.apigwlint.access.VpcEndpointIds;
import io.github.apigwlint.analysis.ApiAnalysis;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import io.github.apigwlint.source.Node;
import java.util.List;
import java.util.Set;

/**
 * A call through a private custom domain needs an allow in the domain's policy and in the mapped
 * private API's policy. Reported when the domain lets a VPC endpoint in
 * that the API's policy refuses, while the API does let some other listed endpoint in.
 */
@RuleInfo(
    id = "private-domain-api-policy-mismatch",
    title = "Private custom domain and mapped API allow different VPC endpoints",
    severity = Severity.WARNING,
    category = "domain",
    tags = {"private-api", "custom-domain", "vpc-endpoint"},
    since = "0.2.0")
public final class PrivateDomainApiPolicyMismatch implements Rule {

  @Override
  public void visitMapping(ApiMapping mapping, RuleContext context) {
    Api api = mapping.api();
    DomainName domain = mapping.domain();
    if (api == null || domain == null || !domain.isPrivateCustomDomain() || !api.isPrivate()) {
      return;
    }
    List<PolicyDocument> domainPolicies = context.workspace().domainPolicies(domain);
    var apiPolicy = context.workspace().resourcePolicy(api);
    if (domainPolicies.size() != 1 || apiPolicy.isEmpty()) {
      return;
    }
    PolicyDocument domainPolicy = domainPolicies.get(0);
    Set<String> endpoints = VpcEndpointIds.in(List.<Node>of(domainPolicy.source(), apiPolicy.get().source()));
    ApiAnalysis access = context.access(api);
    List<String> apiEndpoints = endpoints.stream().filter(access::mayAdmitThrough).toList();
    List<String> domainOnly = endpoints.stream()
        .filter(e -> !apiEndpoints.contains(e) && context.analysis().domainAdmitsThrough(domainPolicy, domain, api, e))
        .toList();
    if (domainOnly.isEmpty() || apiEndpoints.isEmpty()) {
      return;
    }
    context
        .report(
            "the private custom domain name " + SyntaxNames.value(domain.syntax(), domain.name()) + " lets calls in through "
                + String.join(", ", domainOnly) + ", but the policy of the mapped " + api.name() + " allows only "
                + String.join(", ", apiEndpoints) + ": a call through the domain needs an allow in both policies,"
                + " so those calls get 403 at the API",
            domainPolicy.source().location(),
            Subject.mapping(mapping))
        .related(apiPolicy.get().source().location(), "the API's resource policy")
        .related(mapping.location(), "the base path mapping")
        .fix("Allow the same VPC endpoints in both policies: add " + String.join(", ", domainOnly)
            + " to the aws:SourceVpce condition of the resource policy of " + api.name()
            + ", or remove them from the domain's policy, then redeploy the API.")
        .emit();
  }
}
