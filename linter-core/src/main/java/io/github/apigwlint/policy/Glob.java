package io.github.apigwlint.policy;

import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An IAM wildcard pattern: {@code *} is any run of characters (slashes included), {@code ?} one
 * character. A pattern knows which of its {@code *}/{@code ?} are wildcards and which are literal, so
 * that the policy-variable escapes {@code ${*}} and {@code ${?}} stay literal.
 *
 * <p>Matching known text is linear in the text and never backtracks (see {@link SegmentMatcher}).
 */
public final class Glob {

  /**
   * The region a template deploys to: equal to itself, but against a literal ({@code us-east-1}) any
   * value, so such a comparison is UNKNOWN, not false.
   */
  private static final String REGION = Symbols.REGION;

  private static final String OPAQUE_REGION = Symbols.opaque(Symbols.render(REGION));


  private static final Memo<Glob> COMPILED = new Memo<>(pattern -> new Builder().wildcards(pattern).build());

  private final char[] chars;
  private final boolean[] wild;
  private final SegmentMatcher matcher;
  private final String text;
  private final boolean opaque;
  private final boolean everything;
  /** This pattern in each partition of {@link Partitions#ALL}, made when a value first asks. */
  private volatile Glob[] inPartitions;
  /** This pattern with the template's Region opaque, made when a value first asks. */
  private volatile Glob withOpaqueRegion;
  /** This pattern as {@link OpaqueBounds} reads it, made when a value first asks. */
  private volatile OpaqueBounds.Elements elements;

  private Glob(char[] chars, boolean[] wild) {
    this.chars = chars;
    this.wild = wild;
    this.matcher = new SegmentMatcher(chars, wild);
    this.text = new String(chars);
    this.opaque = Symbols.hasOpaque(text);
    this.everything = onlyStars(chars, wild);
  }

  /** A pattern where every {@code *} and {@code ?} is a wildcard. */
  public static Glob of(String pattern) {
    return COMPILED.get(pattern);
  }

  /** Whether two values are equal, UNKNOWN where an opaque symbol decides. */
  public static Tri equal(String expected, String actual, boolean ignoreCase) {
    if (Symbols.hasOpaque(expected) || Symbols.hasOpaque(actual)) {
      return ignoreCase ? literal(expected).matchesIgnoreCase(actual) : literal(expected).matches(actual);
    }
    return Tri.of(ignoreCase ? expected.equalsIgnoreCase(actual) : expected.equals(actual));
  }

  /** A pattern matching exactly {@code text}. */
  public static Glob literal(String text) {
    return new Builder().literal(text).build();
  }

  /** The pattern as written, wildcards and literal characters alike. */
  public String text() {
    return text;
  }

  /** True when the pattern is only stars, so it matches every value, unknown ones included. */
  public boolean matchesEverything() {
    return everything;
  }

  private static boolean onlyStars(char[] chars, boolean[] wild) {
    if (chars.length == 0) {
      return false;
    }
    for (int i = 0; i < chars.length; i++) {
      if (!wild[i] || chars[i] != '*') {
        return false;
      }
    }
    return true;
  }

  public Tri matches(String value) {
    return matches(value, false);
  }

  public Tri matchesIgnoreCase(String value) {
    return matches(value, true);
  }

  /**
   * Matches a value. Where the value or the pattern holds an opaque symbol, the answer is TRUE or
   * FALSE only if it holds whatever the symbol stands for, else UNKNOWN.
   */
  public Tri matches(String value, boolean ignoreCase) {
    if (everything) {
      return Tri.TRUE;
    }
    // The template's own partition against a literal ({@code arn:aws:…}): what holds in each partition holds
    if (value.contains(Symbols.PARTITION) != text.contains(Symbols.PARTITION)) {
      return matchesInEveryPartition(value, ignoreCase);
    }
    if (value.contains(REGION) != text.contains(REGION)) {
      Glob pattern = withOpaqueRegion;
      if (pattern == null) {
        pattern = replace(REGION, OPAQUE_REGION);
        withOpaqueRegion = pattern;
      }
      return pattern.matches(value.replace(REGION, OPAQUE_REGION), ignoreCase);
    }
    if (opaque || Symbols.hasOpaque(value)) {
      return OpaqueBounds.match(this, value, ignoreCase);
    }
    return Tri.of(matchKnown(value, ignoreCase));
  }

  /** What holds in every partition, UNKNOWN as soon as two partitions differ. */
  private Tri matchesInEveryPartition(String value, boolean ignoreCase) {
    Glob[] patterns = inPartitions;
    if (patterns == null) {
      patterns = Partitions.ALL.stream().map(partition -> replace(Symbols.PARTITION, partition)).toArray(Glob[]::new);
      inPartitions = patterns;
    }
    Tri answer = null;
    for (int i = 0; i < patterns.length; i++) {
      Tri inPartition = patterns[i].matches(value.replace(Symbols.PARTITION, Partitions.ALL.get(i)), ignoreCase);
      answer = answer == null ? inPartition : answer.same(inPartition);
      if (answer == Tri.UNKNOWN) {
        return answer;
      }
    }
    return answer;
  }

  OpaqueBounds.Elements elements() {
    OpaqueBounds.Elements made = elements;
    if (made == null) {
      made = OpaqueBounds.Elements.of(this);
      elements = made;
    }
    return made;
  }

  boolean isWild(int i) {
    return wild[i];
  }

  char charAt(int i) {
    return chars[i];
  }

  int length() {
    return chars.length;
  }

  private boolean matchKnown(String text, boolean ignoreCase) {
    return matcher.matches(text, ignoreCase);
  }

  static boolean same(char a, char b, boolean ignoreCase) {
    if (a == b) {
      return true;
    }
    return ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glob g && Arrays.equals(chars, g.chars) && Arrays.equals(wild, g.wild);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(chars) * 31 + Arrays.hashCode(wild);
  }

  @Override
  public String toString() {
    return Symbols.render(text());
  }

  /** The pattern cut at its first five colons outside symbol tokens, wildcard flags kept. */
  public List<Glob> splitArn() {
    List<Glob> parts = new ArrayList<>(6);
    int depth = 0;
    int start = 0;
    for (int i = 0; i < chars.length && parts.size() < 5; i++) {
      char c = chars[i];
      if (c == Symbols.OPEN) {
        depth++;
      } else if (c == Symbols.CLOSE) {
        depth = Math.max(0, depth - 1);
      } else if (c == ':' && depth == 0) {
        parts.add(slice(start, i));
        start = i + 1;
      }
    }
    parts.add(slice(start, chars.length));
    return parts;
  }

  private Glob slice(int from, int to) {
    return new Glob(Arrays.copyOfRange(chars, from, to), Arrays.copyOfRange(wild, from, to));
  }

  /** This pattern with every occurrence of {@code token} (no wildcards in it) replaced, flags kept. */
  private Glob replace(String token, String replacement) {
    Builder out = new Builder();
    int from = 0;
    for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, from)) {
      out.slice(this, from, at).literal(replacement);
      from = at + token.length();
    }
    return out.slice(this, from, chars.length).build();
  }

  /** Lower-cased copy, for the case-insensitive action comparison. */
  public Glob toLowerCase() {
    char[] lower = text().toLowerCase(Locale.ROOT).toCharArray();
    return lower.length == chars.length ? new Glob(lower, wild.clone()) : this;
  }

  /** Assembles a pattern from pieces whose wildcards count and pieces that are literal text. */
  public static final class Builder {
    private final StringBuilder chars = new StringBuilder();
    private final java.util.BitSet wild = new java.util.BitSet();

    public Builder wildcards(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '*' || c == '?') {
          wild.set(chars.length());
        }
        chars.append(c);
      }
      return this;
    }

    Builder slice(Glob glob, int from, int to) {
      for (int i = from; i < to; i++) {
        if (glob.wild[i]) {
          wild.set(chars.length());
        }
        chars.append(glob.chars[i]);
      }
      return this;
    }

    public Builder literal(String text) {
      chars.append(text);
      return this;
    }

    public Glob build() {
      boolean[] flags = new boolean[chars.length()];
      for (int i = 0; i < flags.length; i++) {
        flags[i] = wild.get(i);
      }
      return new Glob(chars.toString().toCharArray(), flags);
    }
  }
}
