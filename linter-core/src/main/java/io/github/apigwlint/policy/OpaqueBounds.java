package io.github.apigwlint.policy;

import io.github.apigwlint.source.Symbols;
import java.util.Arrays;

/**
 * Matches a glob against values that hold opaque symbols, three-valued. An opaque token stands for
 * any string:
 *
 * <ul>
 *   <li>TRUE when the pattern matches with every opaque token of the value swallowed by a {@code *}
 *       of the pattern, since a star swallows whatever the token turns out to be;
 *   <li>FALSE when it cannot match even if each opaque token (of value or pattern) were any string;
 *   <li>UNKNOWN otherwise.
 * </ul>
 *
 * Both checks are the textbook dynamic programme over (pattern, value) positions, O(n·m) time and
 * O(m) memory, and run only for values that hold opaque symbols.
 */
final class OpaqueBounds {

  /** One element of a pattern or value: a character, a wildcard, or a whole opaque token. */
  private enum Kind {
    CHAR,
    ANY_ONE,
    ANY_RUN,
    OPAQUE
  }

  private OpaqueBounds() {}

  /** A pattern as elements, made once per pattern. */
  record Elements(Kind[] kinds, char[] chars) {

    static Elements of(Glob pattern) {
      Kind[] kinds = patternKinds(pattern);
      return new Elements(kinds, patternChars(pattern, kinds));
    }
  }

  static Tri match(Glob pattern, String value, boolean ignoreCase) {
    Kind[] patternKinds = pattern.elements().kinds();
    char[] patternChars = pattern.elements().chars();
    Kind[] valueKinds = valueKinds(value);
    char[] valueChars = valueChars(value, valueKinds);
    // characters on both sides match one to one: an ARN's long common head and tail need no table
    int head = 0;
    while (head < patternKinds.length && head < valueKinds.length && plain(patternKinds[head], valueKinds[head])) {
      if (!Glob.same(patternChars[head], valueChars[head], ignoreCase)) {
        return Tri.FALSE;
      }
      head++;
    }
    int tail = 0;
    while (tail < patternKinds.length - head && tail < valueKinds.length - head
        && plain(patternKinds[patternKinds.length - 1 - tail], valueKinds[valueKinds.length - 1 - tail])) {
      if (!Glob.same(patternChars[patternChars.length - 1 - tail], valueChars[valueChars.length - 1 - tail], ignoreCase)) {
        return Tri.FALSE;
      }
      tail++;
    }
    patternKinds = Arrays.copyOfRange(patternKinds, head, patternKinds.length - tail);
    patternChars = Arrays.copyOfRange(patternChars, head, patternChars.length - tail);
    valueKinds = Arrays.copyOfRange(valueKinds, head, valueKinds.length - tail);
    valueChars = Arrays.copyOfRange(valueChars, head, valueChars.length - tail);
    if (run(patternKinds, patternChars, valueKinds, valueChars, ignoreCase, true)) {
      return Tri.TRUE;
    }
    return run(patternKinds, patternChars, valueKinds, valueChars, ignoreCase, false) ? Tri.UNKNOWN : Tri.FALSE;
  }

  private static boolean plain(Kind pattern, Kind value) {
    return pattern == Kind.CHAR && value == Kind.CHAR;
  }

  /**
   * @param certain in the certain run an opaque value element may only be consumed by a star, and
   *     an opaque pattern element matches nothing; otherwise both may stand for any run
   */
  private static boolean run(Kind[] pk, char[] pc, Kind[] vk, char[] vc, boolean ignoreCase, boolean certain) {
    int m = vk.length;
    boolean[] previous = new boolean[m + 1];
    boolean[] current = new boolean[m + 1];
    previous[0] = true;
    for (int j = 1; j <= m; j++) {
      previous[j] = !certain && vk[j - 1] == Kind.OPAQUE && previous[j - 1];
    }
    for (int i = 1; i <= pk.length; i++) {
      Kind p = pk[i - 1];
      boolean patternRun = p == Kind.ANY_RUN || !certain && p == Kind.OPAQUE;
      current[0] = previous[0] && patternRun;
      for (int j = 1; j <= m; j++) {
        Kind v = vk[j - 1];
        boolean valueRun = !certain && v == Kind.OPAQUE;
        boolean match;
        if (patternRun) {
          match = previous[j] || current[j - 1];
        } else if (valueRun) {
          match = current[j - 1] || previous[j] || previous[j - 1];
        } else if (v == Kind.OPAQUE || p == Kind.OPAQUE) {
          match = false;
        } else {
          match = previous[j - 1] && (p == Kind.ANY_ONE || Glob.same(pc[i - 1], vc[j - 1], ignoreCase));
        }
        current[j] = match;
      }
      boolean[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[m];
  }

  private static Kind[] patternKinds(Glob pattern) {
    Kind[] kinds = new Kind[pattern.length()];
    int count = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (opaqueStartsAt(pattern, i)) {
        i = closing(pattern, i);
        kinds[count++] = Kind.OPAQUE;
      } else if (pattern.isWild(i)) {
        kinds[count++] = c == '*' ? Kind.ANY_RUN : Kind.ANY_ONE;
      } else {
        kinds[count++] = Kind.CHAR;
      }
    }
    return Arrays.copyOf(kinds, count);
  }

  private static char[] patternChars(Glob pattern, Kind[] kinds) {
    char[] chars = new char[kinds.length];
    int k = 0;
    for (int i = 0; i < pattern.length() && k < kinds.length; i++) {
      char c = pattern.charAt(i);
      if (opaqueStartsAt(pattern, i)) {
        i = closing(pattern, i);
      }
      chars[k++] = c;
    }
    return chars;
  }

  private static Kind[] valueKinds(String value) {
    Kind[] kinds = new Kind[value.length()];
    int count = 0;
    for (int i = 0; i < value.length(); i++) {
      if (Symbols.opaqueStartsAt(value, i)) {
        i = closing(value, i);
        kinds[count++] = Kind.OPAQUE;
      } else {
        kinds[count++] = Kind.CHAR;
      }
    }
    return Arrays.copyOf(kinds, count);
  }

  private static char[] valueChars(String value, Kind[] kinds) {
    char[] chars = new char[kinds.length];
    int k = 0;
    for (int i = 0; i < value.length() && k < kinds.length; i++) {
      char c = value.charAt(i);
      if (Symbols.opaqueStartsAt(value, i)) {
        i = closing(value, i);
      }
      chars[k++] = c;
    }
    return chars;
  }

  /** The marker of a token holds no wildcard, so the pattern's text tells where one starts. */
  private static boolean opaqueStartsAt(Glob pattern, int i) {
    return Symbols.opaqueStartsAt(pattern.text(), i);
  }

  private static int closing(Glob pattern, int open) {
    int i = open;
    while (i < pattern.length() - 1 && pattern.charAt(i) != Symbols.CLOSE) {
      i++;
    }
    return i;
  }

  private static int closing(String value, int open) {
    int close = value.indexOf(Symbols.CLOSE, open);
    return close < 0 ? value.length() - 1 : close;
  }
}
