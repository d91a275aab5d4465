package io.github.apigwlint.source;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values that a template does not fix, kept inside strings as tokens so that they travel through
 * {@code Fn::Sub}, {@code Fn::Join} and policy text like any other character.
 *
 * <p>A token is {@code U+E000 kind ':' name U+E001}. The private-use delimiters cannot come from the
 * input: every loader passes the strings and keys it reads through {@link #literal}, which replaces
 * them, so that no input can forge a symbol. Two kinds of symbol exist:
 *
 * <ul>
 *   <li><b>identities</b> name one definite thing whose value we do not know: the deploying account
 *       ({@link #SELF_ACCOUNT}), region, partition, or the physical id of a resource of the
 *       workspace. Equal tokens are equal values and different identity tokens of the same kind are
 *       different values, so matching stays exact;
 *   <li><b>opaque</b> values (a parameter without default, an import, an unresolved condition) may
 *       be anything: a comparison that involves one is UNKNOWN, never true or false. A
 *       <b>placeholder</b> is an opaque value the input spells as a variable of another tool
 *       ({@code ${self:custom.account}}), kept apart so that it can be reported as one.
 * </ul>
 */
public final class Symbols {

  public static final char OPEN = '\uE000';
  public static final char CLOSE = '\uE001';

  /** Kinds of identity symbol. */
  public static final String PSEUDO = "pseudo";

  public static final String RESOURCE = "ref";
  public static final String ATTRIBUTE = "getatt";

  /** Kind of opaque symbol. */
  public static final String OPAQUE = "opaque";

  /** Kind of opaque symbol written as a variable another tool fills in; its name is the variable as written. */
  public static final String PLACEHOLDER = "placeholder";

  private static final String IMPORT = "import ";

  /** How a token of each kind whose value is unknown begins. */
  private static final List<String> OPAQUE_MARKERS = List.of(OPEN + OPAQUE + ":", OPEN + PLACEHOLDER + ":");

  public static final String SELF_ACCOUNT = token(PSEUDO, "AWS::AccountId");
  public static final String REGION = token(PSEUDO, "AWS::Region");
  public static final String PARTITION = token(PSEUDO, "AWS::Partition");

  private static final Pattern TOKEN = Pattern.compile(OPEN + "([a-z]+):([^" + CLOSE + "]*)" + CLOSE);

  /** What a delimiter in the input becomes: U+FFFD, the replacement character. */
  public static final char REPLACEMENT = '\uFFFD';

  private Symbols() {}

  /**
   * Text read from the input, as a value no resolver takes for a symbol: the delimiters, which real
   * input has no use for, replaced by {@link #REPLACEMENT}.
   */
  public static String literal(String text) {
    if (text == null || text.indexOf(OPEN) < 0 && text.indexOf(CLOSE) < 0) {
      return text;
    }
    return text.replace(OPEN, REPLACEMENT).replace(CLOSE, REPLACEMENT);
  }

  public static String token(String kind, String name) {
    return OPEN + kind + ":" + name + CLOSE;
  }

  public static String resource(String logicalId) {
    return token(RESOURCE, logicalId);
  }

  public static String attribute(String logicalId, String attribute) {
    return token(ATTRIBUTE, logicalId + "." + attribute);
  }

  public static String opaque(String description) {
    return token(OPAQUE, description.replace(CLOSE, ' '));
  }

  /** The value another stack exports under {@code exportName}: one definite value, opaque here. */
  public static String imported(String exportName) {
    return opaque(IMPORT + exportName);
  }

  /** Whether the whole text is the value of one import. */
  public static boolean isImport(String text) {
    return isSingleToken(text) && text.startsWith(OPEN + OPAQUE + ":" + IMPORT);
  }

  /** The variable {@code ${name}} of another tool, as an opaque symbol rendered as written. */
  public static String placeholder(String name) {
    return token(PLACEHOLDER, name.replace(CLOSE, ' '));
  }

  public static boolean isSymbolic(String text) {
    return text != null && text.indexOf(OPEN) >= 0;
  }

  public static boolean hasOpaque(String text) {
    if (text == null || text.indexOf(OPEN) < 0) {
      return false;
    }
    for (String marker : OPAQUE_MARKERS) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an opaque token starts at {@code i}. */
  public static boolean opaqueStartsAt(String text, int i) {
    if (text.charAt(i) != OPEN) {
      return false;
    }
    for (String marker : OPAQUE_MARKERS) {
      if (text.startsWith(marker, i)) {
        return true;
      }
    }
    return false;
  }

  /** True when the whole text is one token. */
  public static boolean isSingleToken(String text) {
    return text != null
        && !text.isEmpty()
        && text.charAt(0) == OPEN
        && text.indexOf(CLOSE) == text.length() - 1;
  }

  /** The text with each token written as {@code Fn::Sub} writes it ({@code ${name}}), for messages. */
  public static String render(String text) {
    return render(text, Spelling.CLOUDFORMATION);
  }

  /** The text with each token written as the language of {@code spelling} writes it, for messages. */
  public static String render(String text, Spelling spelling) {
    if (!isSymbolic(text)) {
      return text;
    }
    Matcher m = TOKEN.matcher(spelling.expressions(text));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("${" + spelling.name(m.group(1), m.group(2)) + "}"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
