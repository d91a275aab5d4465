package io.github.apigwlint.rules.domain;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;

/** Edge-optimized custom domain names serve only REST APIs; HTTP and WebSocket APIs need Regional ones. */
@RuleInfo(
    id = "http-api-on-edge-domain",
    title = "HTTP or WebSocket API mapped to an EDGE custom domain name",
    severity = Severity.ERROR,
    category = "domain",
    tags = {"custom-domain", "http-api", "websocket-api"},
    since = "0.1.0")
public final class V2ApiOnEdgeDomain implements Rule {

  @Override
  public void visitMapping(ApiMapping mapping, RuleContext context) {
    Api api = mapping.api();
    DomainName domain = mapping.domain();
    if (api == null || domain == null || api.protocol() == ApiProtocol.REST || domain.endpointType() != EndpointType.EDGE) {
      return;
    }
    context
        .report(
            "the " + api.protocol() + " API " + api.name() + " is mapped to the EDGE custom domain name "
                + SyntaxNames.value(domain.syntax(), domain.name()) + ": edge-optimized custom domain names serve only REST APIs, and API Gateway"
                + " refuses the mapping (\"only REST APIs can be attached to EDGE domain names\")",
            mapping.location(),
            Subject.mapping(mapping))
        .related(domain.location(), "the EDGE domain name")
        .related(api.location(), "the " + api.protocol() + " API")
        .fix("Make the domain name REGIONAL (EndpointConfiguration Types [REGIONAL] with a RegionalCertificateArn in the"
            + " API's Region), or declare it as AWS::ApiGatewayV2::DomainName, which is always REGIONAL.")
        .emit();
  }
}
