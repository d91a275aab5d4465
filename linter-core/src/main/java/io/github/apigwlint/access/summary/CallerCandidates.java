package io.github.apigwlint.access.summary;

import io.github.apigwlint.access.Callers;
import io.github.apigwlint.access.summary.CallerClass.Kind;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The caller classes a policy can tell apart, each with a representative caller. */
final class CallerCandidates {

  static final String PRINCIPAL_ARN = "aws:PrincipalArn";
  static final String PRINCIPAL_ACCOUNT = "aws:PrincipalAccount";
  static final String PRINCIPAL_ORG = "aws:PrincipalOrgID";

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final String UNKNOWN_ORG = Symbols.opaque("organization of the caller");
  private static final String ROLE = "any-role";
  private static final String SESSION = "session";

  private CallerCandidates() {}

  /** For methods whose callers are not signed, the policy sees only anonymous callers. */
  static List<CallerClass> unsigned() {
    return List.of(new CallerClass(Kind.ANYONE, null, Caller.anonymous()));
  }

  static List<CallerClass> signed(Api api, PolicyMentions mentions) {
    Map<String, CallerClass> classes = new LinkedHashMap<>();
    boolean orgsMatter = mentions.mentions(PRINCIPAL_ORG) || mentions.mentions("aws:PrincipalOrgPaths");
    String stranger = strangerAccount(api, mentions);
    add(classes, new CallerClass(Kind.ANYONE, null, Caller.anonymous()));
    add(classes, new CallerClass(Kind.SAME_ACCOUNT, api.account(), session(api.account(), UNKNOWN_ORG)));
    add(classes, new CallerClass(Kind.ANY_AWS_ACCOUNT, null, session(stranger, orgsMatter ? strangerOrg(mentions) : null)));
    if (orgsMatter) {
      add(classes, new CallerClass(Kind.NO_ORGANIZATION, null, session(stranger, null)));
    }
    for (String org : mentions.values(PRINCIPAL_ORG)) {
      if (!org.contains("*") && !org.contains("?")) {
        add(classes, new CallerClass(Kind.ORGANIZATION, org, session(stranger, org)));
      }
    }
    List<String> named = new ArrayList<>(mentions.principals());
    named.addAll(mentions.values(PRINCIPAL_ACCOUNT));
    named.addAll(mentions.values(PRINCIPAL_ARN));
    for (String principal : named) {
      named(principal).ifPresent(c -> add(classes, c));
    }
    return new ArrayList<>(classes.values());
  }

  private static Optional<CallerClass> named(String principal) {
    if (principal.equals("*")) {
      return Optional.empty();
    }
    if (principal.contains("*") || principal.contains("?")) {
      return Callers.parse(principal.replace('*', 'x').replace('?', 'x'))
          .map(c -> new CallerClass(Kind.PRINCIPAL_PATTERN, principal, c.withOrgId(UNKNOWN_ORG)));
    }
    Optional<Caller> caller = Callers.parse(principal).map(c -> c.withOrgId(UNKNOWN_ORG));
    if (caller.isEmpty()) {
      return Optional.empty();
    }
    Kind kind = ACCOUNT.matcher(principal).matches() || principal.endsWith(":root") ? Kind.ACCOUNT
        : caller.get().kind() == Caller.Kind.USER ? Kind.USER : Kind.ROLE;
    String value = kind == Kind.ACCOUNT ? caller.get().account() : principal;
    return Optional.of(new CallerClass(kind, value, kind == Kind.ACCOUNT ? session(value, UNKNOWN_ORG) : caller.get()));
  }

  private static void add(Map<String, CallerClass> classes, CallerClass candidate) {
    classes.putIfAbsent(candidate.kind() + " " + candidate.value(), candidate);
  }

  static Caller session(String account, String org) {
    return Caller.roleSession(account, ROLE, SESSION).withOrgId(org);
  }

  /** An account id that neither the API nor the policy uses. */
  static String strangerAccount(Api api, PolicyMentions mentions) {
    String all = String.join(" ", mentions.principals()) + " " + mentions.values(PRINCIPAL_ACCOUNT) + " "
        + mentions.values(PRINCIPAL_ARN) + " " + api.account();
    for (long n = 999_999_999_999L; ; n--) {
      String candidate = Long.toString(n);
      if (!all.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static String strangerOrg(PolicyMentions mentions) {
    String org = "o-zzzzzzzzzz";
    while (mentions.values(PRINCIPAL_ORG).contains(org)) {
      org = org + "z";
    }
    return org;
  }
}
