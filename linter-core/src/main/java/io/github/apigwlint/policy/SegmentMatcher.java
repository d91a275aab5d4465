package io.github.apigwlint.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear-time matching of a wildcard pattern against known text.
 *
 * <p>The pattern is cut at its stars into segments of literal characters and {@code ?}. The first
 * segment must match at the start of the text, the last one at its end, and each segment in between
 * is found at its leftmost place after the previous one: taking the leftmost place never loses a
 * match, because every later segment then has the most text left to match in. Each search is the
 * bit-parallel Shift-And algorithm, which reads every text character once and keeps one bit per
 * segment character, so a whole match costs O(n·⌈k/64⌉) for a text of n characters and a longest
 * segment of k: linear in the text, with no backtracking of any kind.
 */
final class SegmentMatcher {

  /** A run of pattern characters between stars; {@code any[i]} marks a {@code ?}. */
  private record Segment(char[] chars, boolean[] any) {

    int length() {
      return chars.length;
    }

    boolean matchesAt(String text, int at, boolean ignoreCase) {
      for (int i = 0; i < chars.length; i++) {
        if (!any[i] && !Glob.same(chars[i], text.charAt(at + i), ignoreCase)) {
          return false;
        }
      }
      return true;
    }

    /** Leftmost start of this segment in {@code text[from, to)}, or -1. */
    int find(String text, int from, int to, boolean ignoreCase) {
      int k = chars.length;
      if (k == 0) {
        return from;
      }
      int words = (k + 63) / 64;
      long[] anyMask = new long[words];
      Map<Character, long[]> masks = new HashMap<>();
      for (int i = 0; i < k; i++) {
        if (any[i]) {
          anyMask[i / 64] |= 1L << (i % 64);
        }
      }
      for (int i = 0; i < k; i++) {
        if (!any[i]) {
          long[] mask = masks.computeIfAbsent(fold(chars[i], ignoreCase), c -> anyMask.clone());
          mask[i / 64] |= 1L << (i % 64);
        }
      }
      long[] state = new long[words];
      int lastWord = (k - 1) / 64;
      long lastBit = 1L << ((k - 1) % 64);
      for (int t = from; t < to; t++) {
        long[] mask = masks.getOrDefault(fold(text.charAt(t), ignoreCase), anyMask);
        long carry = 1;
        for (int w = 0; w < words; w++) {
          long next = state[w] >>> 63;
          state[w] = ((state[w] << 1) | carry) & mask[w];
          carry = next;
        }
        if ((state[lastWord] & lastBit) != 0) {
          return t - k + 1;
        }
      }
      return -1;
    }

    private static char fold(char c, boolean ignoreCase) {
      return ignoreCase ? Character.toLowerCase(c) : c;
    }
  }

  private final List<Segment> segments;
  private final boolean hasStar;

  SegmentMatcher(char[] chars, boolean[] wild) {
    List<Segment> parts = new ArrayList<>();
    int start = 0;
    boolean star = false;
    for (int i = 0; i <= chars.length; i++) {
      if (i == chars.length || wild[i] && chars[i] == '*') {
        parts.add(segment(chars, wild, start, i));
        star |= i < chars.length;
        start = i + 1;
      }
    }
    this.segments = parts;
    this.hasStar = star;
  }

  private static Segment segment(char[] chars, boolean[] wild, int from, int to) {
    char[] part = java.util.Arrays.copyOfRange(chars, from, to);
    boolean[] any = new boolean[part.length];
    for (int i = 0; i < part.length; i++) {
      any[i] = wild[from + i] && part[i] == '?';
    }
    return new Segment(part, any);
  }

  boolean matches(String text, boolean ignoreCase) {
    Segment first = segments.get(0);
    if (!hasStar) {
      return text.length() == first.length() && first.matchesAt(text, 0, ignoreCase);
    }
    Segment last = segments.get(segments.size() - 1);
    int end = text.length() - last.length();
    if (first.length() > end || !first.matchesAt(text, 0, ignoreCase) || !last.matchesAt(text, end, ignoreCase)) {
      return false;
    }
    int position = first.length();
    for (int i = 1; i < segments.size() - 1; i++) {
      Segment middle = segments.get(i);
      int found = middle.find(text, position, end, ignoreCase);
      if (found < 0) {
        return false;
      }
      position = found + middle.length();
    }
    return true;
  }
}
