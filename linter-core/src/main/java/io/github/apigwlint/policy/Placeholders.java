package io.github.apigwlint.policy;

import io.github.apigwlint.source.Symbols;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes text left over from AWS documentation and samples: {@code <account-id>},
 * {@code {api-id}}, {@code account-id}, the documentation account ids such as {@code 111122223333},
 * sample endpoint and organization ids; and the variables of a template another tool fills in
 * ({@code ${api_gateway_rest_api_execution_arn}} of a Terraform {@code templatefile}), which IAM
 * policy variables such as {@code ${aws:username}} are not: those name a key with a colon. Symbol
 * tokens (unresolved template values) never match: they are masked before the search.
 *
 * <p>A value holding a placeholder is reported as one ({@code policy-placeholder}); the checks of
 * principals and ARNs leave it alone, so it is not also called malformed.
 */
public final class Placeholders {

  /** Separators of ARN segments, paths and lists; the mask of a symbol token counts as one too. */
  private static final String EDGE = "[:/,;=\\s" + Symbols.OPEN + "]";

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          String.join(
              "|",
              // <account-id>, <api id>, <VPC endpoint ID>
              "<[A-Za-z][^<>]{0,40}>",
              // {api-id}, {accountId}, {region}, ... but not path parameters such as {orderId}
              "\\{(?:api[-_]?id|rest[-_]?api[-_]?id|account[-_]?id|aws[-_]?account[-_]?id|region|aws[-_]?region"
                  + "|vpce[-_]?id|vpc[-_]?endpoint[-_]?id|vpc[-_]?id|org[-_]?id|organization[-_]?id)}",
              // account-id, account-id-2, api-id, AWS_ACCOUNT_ID as a whole segment
              "(?<=^|" + EDGE + ")(?:account-id(?:-\\d+)?|aws-account-id|(?:aws_)?account_id|api-id|rest-api-id"
                  + "|vpce-id)(?=$|" + EDGE + ")",
              // documentation account ids, as a whole run of digits
              "(?<!\\d)(?:123456789012|111122223333|444455556666|123412341234|777788889999)(?!\\d)",
              // sample VPC endpoint, VPC and organization ids
              "(?<![A-Za-z0-9-])(?:vpce-1a2b3c4d|vpc-1a2b3c4d|o-abc123|o-a1b2c3d4e5)(?![A-Za-z0-9])",
              // a template variable: ${name}, ${var.name}, never a policy variable ${aws:...}, ${*}
              "\\$\\{[A-Za-z_][A-Za-z0-9_.-]*}"),
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TOKEN = Pattern.compile(Symbols.OPEN + "[^" + Symbols.CLOSE + "]*" + Symbols.CLOSE);

  private Placeholders() {}

  /** The first placeholder in the text, as written. */
  public static Optional<String> find(String text) {
    String masked = TOKEN.matcher(text).replaceAll(String.valueOf(Symbols.OPEN));
    Matcher m = PLACEHOLDER.matcher(masked);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
