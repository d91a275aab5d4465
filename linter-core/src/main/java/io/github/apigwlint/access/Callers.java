package io.github.apigwlint.access;

import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.Arn;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.source.Symbols;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Callers named the way users and policies name them: a 12-digit account (or the template's own
 * account symbol), an account root, a role or user ARN. A whole account is sampled as one of its role sessions, since that is who calls APIs.
 */
public final class Callers {

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final String SESSION = "apigw-lint-session";

  private Callers() {}

  /** A caller the user named (as {@code simulate --principal} does), in which no symbol can be forged. */
  public static Optional<Caller> fromInput(String text) {
    return parse(Symbols.literal(text));
  }

  public static Optional<Caller> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (ACCOUNT.matcher(text).matches() || text.equals(Symbols.SELF_ACCOUNT)) {
      return Optional.of(Caller.roleSession(text, "any-role-of-" + text, SESSION));
    }
    return Arn.parse(text).flatMap(Callers::fromArn);
  }

  /** A session of a role whose ARN is only known as a symbol (a role of a template). */
  public static Caller roleSession(String roleArn, String account) {
    String sessionArn = roleArn + "/" + SESSION;
    return new Caller(Caller.Kind.ROLE_SESSION, sessionArn, account, roleArn, null, Map.of(), null);
  }

  /**
   * A caller that holds an identity policy: its role or user when the policy says, else a session of
   * an unknown role of the policy's account.
   */
  public static Caller holder(PolicyDocument identityPolicy) {
    String principal = identityPolicy.principal();
    String account = identityPolicy.account() != null ? identityPolicy.account() : Symbols.opaque("account of " + identityPolicy.owner());
    if (principal == null) {
      return roleSession(Symbols.opaque("role holding " + identityPolicy.owner()), account);
    }
    return parse(principal).orElseGet(() -> roleSession(principal, account));
  }

  private static Optional<Caller> fromArn(Arn arn) {
    String account = arn.account();
    String resource = arn.resource();
    if (resource.equals("root")) {
      return Optional.of(Caller.root(account));
    }
    if (resource.startsWith("role/")) {
      return Optional.of(new Caller(
          Caller.Kind.ROLE_SESSION,
          "arn:" + arn.partition() + ":sts::" + account + ":assumed-role/" + lastSegment(resource) + "/" + SESSION,
          account,
          arn.toString(),
          null,
          Map.of(),
          null));
    }
    if (resource.startsWith("assumed-role/") && resource.split("/").length == 3) {
      String role = resource.split("/")[1];
      return Optional.of(new Caller(Caller.Kind.ROLE_SESSION, arn.toString(), account,
          "arn:" + arn.partition() + ":iam::" + account + ":role/" + role, null, Map.of(), null));
    }
    if (resource.startsWith("user/")) {
      return Optional.of(new Caller(Caller.Kind.USER, arn.toString(), account, null, lastSegment(resource), Map.of(), null));
    }
    return Optional.empty();
  }

  private static String lastSegment(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }
}
