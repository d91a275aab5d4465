package io.github.apigwlint.policy;

import io.github.apigwlint.source.Symbols;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a Principal names a caller (§7.3, TV-101): {@code *} matches everyone, anonymous included;
 * AWS values match only signed callers; an account (id or {@code :root} ARN) matches every principal
 * of the account; a role ARN matches its sessions.
 */
public final class PrincipalMatcher {

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

  private PrincipalMatcher() {}

  public static Tri matches(PrincipalSpec principal, Caller caller) {
    if (principal.wildcard()) {
      return Tri.TRUE;
    }
    Tri result = Tri.FALSE;
    for (PolicyValue value : principal.aws()) {
      result = result.or(matchesAws(value.text(), caller));
    }
    // Service, Federated and CanonicalUser principals never sign execute-api requests as IAM callers.
    return principal.unknown() ? result.or(Tri.UNKNOWN) : result;
  }

  /**
   * Whether the principal names the caller itself, not only its account: {@code *}, the caller's user
   * ARN, its role. A grant to the account delegates to the account's identity policies (§7.3).
   */
  public static Tri namesIndividually(PrincipalSpec principal, Caller caller) {
    if (principal.wildcard()) {
      return Tri.TRUE;
    }
    Tri result = Tri.FALSE;
    for (PolicyValue value : principal.aws()) {
      if (accountOf(value.text()).isEmpty() || caller.kind() == Caller.Kind.ROOT) {
        result = result.or(matchesAws(value.text(), caller));
      }
    }
    return principal.unknown() ? result.or(Tri.UNKNOWN) : result;
  }

  static Tri matchesAws(String value, Caller caller) {
    if (Symbols.hasOpaque(value)) {
      return Tri.UNKNOWN;
    }
    if (!caller.isSigned()) {
      return Tri.FALSE;
    }
    Optional<String> account = accountOf(value);
    if (account.isPresent()) {
      return same(account.get(), caller.account());
    }
    Optional<Arn> arn = Arn.parse(value);
    if (arn.isPresent() && arn.get().service().equals("iam") && arn.get().resource().startsWith("role/")) {
      return caller.kind() == Caller.Kind.ROLE_SESSION ? same(value, caller.roleArn()) : Tri.FALSE;
    }
    return same(value, caller.arn());
  }

  /** The account a value names as a whole: a 12-digit id, an account symbol, or {@code …:root}. */
  private static Optional<String> accountOf(String value) {
    if (ACCOUNT_ID.matcher(value).matches() || Symbols.isSingleToken(value)) {
      return Optional.of(value);
    }
    return Arn.parse(value)
        .filter(arn -> arn.service().equals("iam") && arn.resource().equals("root"))
        .map(Arn::account);
  }

  /** Equality where an opaque side makes the answer unknown. */
  private static Tri same(String expected, String actual) {
    if (actual == null) {
      return Tri.FALSE;
    }
    return Glob.equal(expected, actual, false);
  }
}
