package io.github.apigwlint.policy;

import io.github.apigwlint.source.Spelling;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the AWS values of a Principal: 12-digit account ids, IAM/STS principal ARNs, no partial
 * wildcards (IAM JSON policy elements: Principal). Opaque values are not judged, nor values holding a
 * {@link Placeholders placeholder}, which are reported as such.
 */
public final class PrincipalValidator {

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern IAM_RESOURCE =
      Pattern.compile("root|(user|role)/.+|federated-user/.+|assumed-role/[^/]+/.+");

  private PrincipalValidator() {}

  /** The problems of the principal's values, which messages show as {@code spelling} writes them. */
  public static List<PolicyProblem> validate(PrincipalSpec principal, Spelling spelling) {
    List<PolicyProblem> problems = new ArrayList<>();
    if (principal == null) {
      return problems;
    }
    for (PolicyValue value : principal.aws()) {
      String message = checkAws(value.text(), spelling);
      if (message != null) {
        problems.add(new PolicyProblem(message, value.node()));
      }
    }
    checkNotEmpty(principal.service(), "Service", problems);
    checkNotEmpty(principal.federated(), "Federated", problems);
    checkNotEmpty(principal.canonicalUser(), "CanonicalUser", problems);
    return problems;
  }

  /** The problem with one AWS principal value, or null when it is well formed. */
  public static String checkAws(String text, Spelling spelling) {
    if (Symbols.hasOpaque(text) || Placeholders.find(text).isPresent()) {
      return null;
    }
    if (text.isEmpty()) {
      return "empty principal";
    }
    if (!text.startsWith("arn:")) {
      if (text.contains("*") || text.contains("?")) {
        return "wildcard in principal \"" + Symbols.render(text, spelling) + "\": only a lone \"*\" is allowed";
      }
      return isAccount(text) ? null : "malformed account id \"" + Symbols.render(text, spelling) + "\" (expected 12 digits)";
    }
    var arn = Arn.parse(text);
    if (arn.isEmpty()) {
      return "malformed principal ARN \"" + Symbols.render(text, spelling) + "\"";
    }
    if (text.contains("*") || text.contains("?")) {
      return "partial wildcard in principal \"" + Symbols.render(text, spelling)
          + "\" is not allowed; use Principal \"*\" with an ArnLike condition on aws:PrincipalArn";
    }
    return checkArn(arn.get(), Symbols.render(text, spelling));
  }

  private static String checkArn(Arn arn, String shown) {
    if (!arn.service().equals("iam") && !arn.service().equals("sts")) {
      return "\"" + shown + "\" is not an IAM or STS principal ARN";
    }
    if (!arn.region().isEmpty()) {
      return "principal ARN \"" + shown + "\" must have an empty region";
    }
    if (!isAccount(arn.account())) {
      return "principal ARN \"" + shown + "\" has a malformed account id (expected 12 digits)";
    }
    boolean sts = arn.service().equals("sts");
    String resource = arn.resource();
    boolean stsResource = resource.startsWith("assumed-role/") || resource.startsWith("federated-user/");
    if (Symbols.isSymbolic(resource) || IAM_RESOURCE.matcher(resource).matches() && sts == stsResource) {
      return null;
    }
    return "\"" + shown + "\" is not a principal ARN (expected root, user/, role/, or sts assumed-role/, federated-user/)";
  }

  private static boolean isAccount(String text) {
    return ACCOUNT.matcher(text).matches() || Symbols.isSingleToken(text);
  }

  private static void checkNotEmpty(List<PolicyValue> values, String type, List<PolicyProblem> problems) {
    for (PolicyValue value : values) {
      if (value.text().isEmpty()) {
        problems.add(new PolicyProblem("empty " + type + " principal", value.node()));
      }
    }
  }
}
