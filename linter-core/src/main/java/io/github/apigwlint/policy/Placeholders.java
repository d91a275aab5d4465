package io.github.apigwlint.policy;

import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes text left over from AWS documentation and samples: {@code <account-id>},
 * {@code {api-id}}, {@code account-id}, the documentation account ids such as {@code 111122223333},
 * sample endpoint and organization ids; and the variables of a template another tool fills in
 * ({@code ${api_gateway_rest_api_execution_arn}} of a Terraform {@code templatefile}, the Serverless
 * Framework's {@code ${self:custom.account}}, {@code ${opt:stage}}, {@code ${file(x.yml):key}}).
 * Outside a Principal, IAM policy variables such as {@code ${aws:username}} and {@code ${*}} are
 * not such variables; IAM allows no policy variable in a Principal, so there every {@code ${…}} is
 * one. Other symbol tokens (unresolved template values) never match: they are masked before the
 * search.
 *
 * <p>A policy reads the variables of another tool as {@link Symbols#placeholder placeholder symbols}
 * ({@link #marked}), so the answers that depend on them are unknown. A value holding a placeholder
 * is reported as one ({@code policy-placeholder}); the checks of principals and ARNs leave it
 * alone, so it is not also called malformed.
 */
public final class Placeholders {

  /** Separators of ARN segments, paths and lists; the mask of a symbol token counts as one too. */
  private static final String EDGE = "[:/,;=\\s" + Symbols.OPEN + "]";

  /**
   * The name inside {@code ${…}} of a variable another tool fills in: a bare name ({@code ${name}}, {@code ${var.name}}),
   * a function ({@code ${file(x.yml):key}}, {@code ${cf(us-east-1):stack.output}}), or a source of
   * the Serverless Framework whose prefix names no AWS service ({@code ${self:…}}, {@code ${opt:…}},
   * {@code ${env:…}}, {@code ${sls:…}}, {@code ${param:…}}, {@code ${cf:…}}, {@code ${cf.us-east-1:…}},
   * {@code ${ssm:/path}}). {@code ${s3:…}} and {@code ${ssm:name}} may be IAM policy variables of
   * those services, so outside a Principal they stay as written.
   */
  private static final String OTHER_TOOL_NAME =
      String.join(
          "|",
          "[A-Za-z_][A-Za-z0-9_.-]*",
          "[A-Za-z][A-Za-z0-9]*\\([^{}]*",
          "(?:self|opt|env|sls|param|cf)(?:\\.[^{}:]*)?:[^{}]*",
          "(?:ssm|s3)\\.[^{}:]*:[^{}]*",
          "ssm:/[^{}]*");

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
              // a variable of another tool, read as a placeholder symbol or still written as it is
              Symbols.OPEN + Symbols.PLACEHOLDER + ":[^" + Symbols.CLOSE + "]*" + Symbols.CLOSE,
              "\\$\\{(?:" + OTHER_TOOL_NAME + ")}"),
          Pattern.CASE_INSENSITIVE);

  /** Any variable; a Principal takes no policy variable. */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^{}]*)}");

  /** A variable that is no IAM policy variable (those are {@code ${*}}, {@code ${?}}, {@code ${$}}, {@code ${service:key}}). */
  private static final Pattern OTHER_TOOL_VARIABLE = Pattern.compile("\\$\\{(" + OTHER_TOOL_NAME + ")}", Pattern.CASE_INSENSITIVE);

  /** Masks every symbol token but a placeholder. */
  private static final Pattern OTHER_TOKEN =
      Pattern.compile(Symbols.OPEN + "(?!" + Symbols.PLACEHOLDER + ":)[^" + Symbols.CLOSE + "]*" + Symbols.CLOSE);

  private static final Memo<List<String>> FOUND = new Memo<>(Placeholders::everyPlaceholder);

  private Placeholders() {}

  /** The first placeholder in the text, as written. */
  public static Optional<String> find(String text) {
    return find(text, Set.of());
  }

  /**
   * The first placeholder in the text, as written, where a documentation account id that the input
   * itself uses as its own account ({@code ownAccounts}) is no placeholder.
   */
  public static Optional<String> find(String text, Set<String> ownAccounts) {
    for (String found : FOUND.get(text)) {
      if (!ownAccounts.contains(found)) {
        return Optional.of(Symbols.render(found));
      }
    }
    return Optional.empty();
  }

  /** Every placeholder of a text, in order: the pattern is long, and every variant of a run asks again. */
  private static List<String> everyPlaceholder(String text) {
    String masked = OTHER_TOKEN.matcher(text).replaceAll(String.valueOf(Symbols.OPEN));
    Matcher m = PLACEHOLDER.matcher(masked);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    return List.copyOf(found);
  }

  /** The text of a policy value outside a Principal, each variable of another tool a placeholder symbol. */
  public static String marked(String text) {
    return symbolized(OTHER_TOOL_VARIABLE, text);
  }

  /** The text of a Principal value, each variable a placeholder symbol: IAM substitutes none there. */
  public static String markedInPrincipal(String text) {
    return symbolized(VARIABLE, text);
  }

  private static String symbolized(Pattern variable, String text) {
    if (!text.contains("${")) {
      return text;
    }
    return variable.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Symbols.placeholder(m.group(1))));
  }
}
