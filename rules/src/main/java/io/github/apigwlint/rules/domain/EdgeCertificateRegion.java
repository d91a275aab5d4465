package io.github.apigwlint.rules.domain;

import io.github.apigwlint.model.DomainKind;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.policy.Arn;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import io.github.apigwlint.source.Symbols;
import java.util.Optional;

/**
 * An EDGE custom domain name needs its ACM certificate in us-east-1; a REGIONAL one needs it in the
 * domain's own Region, given as the regional certificate.
 */
@RuleInfo(
    id = "edge-certificate-region",
    title = "Custom domain certificate in the wrong Region or property",
    severity = Severity.ERROR,
    severityVaries = "warning for a REGIONAL domain name that sets only the edge certificate property",
    category = "domain",
    tags = {"custom-domain", "certificate"},
    since = "0.1.0")
public final class EdgeCertificateRegion implements Rule {

  @Override
  public void visitDomain(DomainName domain, RuleContext context) {
    if (domain.endpointType() == EndpointType.EDGE) {
      region(domain.certificateArn())
          .filter(region -> !region.equals("us-east-1"))
          .ifPresent(region -> context
              .report(
                  "EDGE custom domain name " + SyntaxNames.value(domain.syntax(), domain.name()) + " uses a certificate in " + region
                      + ": edge-optimized domain names need an ACM certificate in us-east-1",
                  domain.location(), Subject.domain(domain).property("certificate region"))
              .fix("Request or import the certificate in us-east-1 and use its ARN as " + certificate(domain)
                  + ", or make the domain REGIONAL.")
              .emit());
    } else if (domain.endpointType() == EndpointType.REGIONAL) {
      String expected = Symbols.isSymbolic(domain.region()) ? null : domain.region();
      region(domain.regionalCertificateArn())
          .filter(region -> expected != null && !region.equals(expected))
          .ifPresent(region -> context
              .report(
                  "REGIONAL custom domain name " + SyntaxNames.value(domain.syntax(), domain.name()) + " uses a certificate in " + region
                      + " but is deployed in " + expected + ": a regional domain needs a certificate in its own Region",
                  domain.location(), Subject.domain(domain).property("certificate region"))
              .emit());
      if (domain.regionalCertificateArn() == null && domain.certificateArn() != null && domain.kind() == DomainKind.V1) {
        context
            .report(
                "REGIONAL custom domain name " + SyntaxNames.value(domain.syntax(), domain.name()) + " sets only " + certificate(domain)
                    + ", which is for EDGE domains: a regional domain reads " + regionalCertificate(domain),
                domain.location(), Subject.domain(domain).property("CertificateArn"))
            .severity(Severity.WARNING)
            .fix("Rename " + certificate(domain) + " to " + regionalCertificate(domain) + ".")
            .emit();
      }
    }
  }

  private static String certificate(DomainName domain) {
    return domain.syntax() == Syntax.TERRAFORM ? "certificate_arn" : "CertificateArn";
  }

  private static String regionalCertificate(DomainName domain) {
    return domain.syntax() == Syntax.TERRAFORM ? "regional_certificate_arn" : "RegionalCertificateArn";
  }

  /** The literal Region of a certificate ARN, if the ARN fixes one. */
  private static Optional<String> region(String arn) {
    return Optional.ofNullable(arn)
        .flatMap(Arn::parse)
        .map(Arn::region)
        .filter(region -> !region.isEmpty() && !Symbols.isSymbolic(region));
  }
}
