package io.github.apigwlint.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The condition clauses of a policy that test given keys (key names compare case-insensitively), and
 * what API Gateway's request context holds for callers that do not sign their requests.
 */
public final class ConditionKeys {

  /**
   * The keys API Gateway's table marks "needs authentication (IAM)": present only when the caller
   * signed the request with SigV4, so absent on methods with NONE, CUSTOM or COGNITO_USER_POOLS
   * authorization (reference §2.4). {@code aws:PrincipalTag/} is a prefix.
   */
  private static final Set<String> SIGNED_CALLERS_ONLY = Set.of(
      "aws:tokenissuetime", "aws:multifactorauthpresent", "aws:multifactorauthage",
      "aws:principalaccount", "aws:principalarn", "aws:principaltype", "aws:userid", "aws:username",
      "aws:principalorgid", "aws:principalorgpaths");

  private static final String PRINCIPAL_TAG = "aws:principaltag/";

  /**
   * Keys where the sources disagree (§2.4, [X]): API Gateway's table says IAM-only, IAM's reference
   * says an anonymous request carries them with the value {@code anonymous}.
   */
  private static final Map<String, String> DISPUTED_ANONYMOUS_VALUES =
      Map.of("aws:principalaccount", "anonymous", "aws:userid", "anonymous");

  private ConditionKeys() {}

  public static List<ConditionClause> clauses(Policy policy, String... keys) {
    return policy.statements().stream()
        .flatMap(statement -> statement.conditions().stream())
        .filter(clause -> clause.key() != null && Stream.of(keys).anyMatch(k -> k.equalsIgnoreCase(clause.key().text())))
        .toList();
  }

  /**
   * The truth of a clause for a request that does not carry its key, as on a path where API Gateway
   * never sets it: the missing-key rules decide ({@code Null}, {@code …IfExists}, set qualifiers).
   */
  public static Tri whenAbsent(ConditionClause clause, boolean variablesEnabled) {
    return ConditionEvaluator.evaluate(clause, RequestContext.empty(), variablesEnabled);
  }

  /** Whether API Gateway puts the key in the request context only for SigV4-signed callers (§2.4). */
  public static boolean signedCallersOnly(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    return SIGNED_CALLERS_ONLY.contains(lower) || lower.startsWith(PRINCIPAL_TAG) && lower.length() > PRINCIPAL_TAG.length();
  }

  /**
   * For a key whose presence for unsigned callers the sources dispute, the value IAM documents for
   * anonymous requests; empty for the keys that are plainly absent.
   */
  public static Optional<String> disputedAnonymousValue(String key) {
    return Optional.ofNullable(DISPUTED_ANONYMOUS_VALUES.get(key.toLowerCase(Locale.ROOT)));
  }

  /**
   * The truth of a clause on a signed-callers-only key for an unsigned caller: evaluated with the key
   * absent, and for a disputed key also with IAM's anonymous value; UNKNOWN when the readings differ
   * or the clause cannot be decided.
   */
  public static Tri forUnsignedCaller(ConditionClause clause, boolean variablesEnabled) {
    if (clause.key() == null) {
      return Tri.UNKNOWN;
    }
    Tri absent = whenAbsent(clause, variablesEnabled);
    Optional<String> disputed = disputedAnonymousValue(clause.key().text());
    if (disputed.isEmpty() || absent == Tri.UNKNOWN) {
      return absent;
    }
    Tri anonymous = ConditionEvaluator.evaluate(clause, RequestContext.empty().put(clause.key().text(), disputed.get()), variablesEnabled);
    return anonymous == absent ? absent : Tri.UNKNOWN;
  }
}
