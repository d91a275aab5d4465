package io.github.apigwlint.rules.domain;

import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import io.github.apigwlint.source.Symbols;
import java.util.Locale;

/**
 * Private custom domain names have a fixed shape: security policy TLS
 * 1.2, no wildcard in the name, base paths of one level.
 */
@RuleInfo(
    id = "private-domain-shape",
    title = "Private custom domain name with a setting private domains do not support",
    severity = Severity.ERROR,
    category = "domain",
    tags = {"private-api", "custom-domain"},
    since = "0.1.0")
public final class PrivateDomainShape implements Rule {

  @Override
  public void visitDomain(DomainName domain, RuleContext context) {
    if (!domain.isPrivateCustomDomain()) {
      return;
    }
    String policy = domain.securityPolicy();
    // Newer named policies (SecurityPolicy_TLS13_...) keep TLS 1.2 or later; only the legacy TLS 1.0 one is wrong.
    if (policy != null && !Symbols.isSymbolic(policy) && normalized(policy).equals("TLS_1_0")) {
      context
          .report("private custom domain name " + SyntaxNames.value(domain.syntax(), domain.name()) + " sets SecurityPolicy " + policy
                  + ": private domain names require TLS 1.2 or later", domain.location(), Subject.domain(domain).property("SecurityPolicy"))
          .fix("Set SecurityPolicy to TLS_1_2 or leave it out.")
          .emit();
    }
    if (domain.name().startsWith("*.")) {
      context
          .report("private custom domain name " + domain.name() + " is a wildcard name: private domain names cannot be"
                  + " wildcards (a wildcard certificate is fine)", domain.location(), Subject.domain(domain).property("DomainName"))
          .fix("Name one host, for example api." + domain.name().substring(2) + ".")
          .emit();
    }
  }

  @Override
  public void visitMapping(ApiMapping mapping, RuleContext context) {
    DomainName domain = mapping.domain();
    String basePath = mapping.basePath();
    if (domain == null || !domain.isPrivateCustomDomain() || basePath == null || Symbols.isSymbolic(basePath)) {
      return;
    }
    String trimmed = basePath.replaceAll("^/+|/+$", "");
    if (trimmed.contains("/")) {
      context
          .report("base path " + basePath + " on the private custom domain name " + SyntaxNames.value(domain.syntax(), domain.name())
                  + " has several levels: private domain names support only single-level base paths",
              mapping.location(), Subject.mapping(mapping))
          .fix("Use a single-level base path such as " + trimmed.substring(0, trimmed.indexOf('/')) + ".")
          .emit();
    }
  }

  private static String normalized(String policy) {
    return policy.trim().toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
