package io.github.apigwlint.policy;

import io.github.apigwlint.source.Symbols;

/**
 * Decides when a match involving an opaque value is nevertheless certainly false: the known text
 * before the first opaque token (and after the last) must agree with the pattern's literal prefix
 * (and suffix) as far as both are fixed.
 */
final class OpaqueBounds {

  private OpaqueBounds() {}

  static boolean conflict(Glob pattern, String value, boolean ignoreCase) {
    String patternText = pattern.text();
    int patternPrefix = fixedPrefix(pattern);
    int valueOpen = value.indexOf(Symbols.OPEN);
    int valuePrefix = valueOpen < 0 ? value.length() : valueOpen;
    int prefix = Math.min(patternPrefix, valuePrefix);
    for (int i = 0; i < prefix; i++) {
      if (!Glob.same(patternText.charAt(i), value.charAt(i), ignoreCase)) {
        return true;
      }
    }
    if (patternPrefix == patternText.length() && valueOpen < 0 && patternPrefix != valuePrefix) {
      return true;
    }
    int patternSuffix = fixedSuffix(pattern);
    int valueClose = value.lastIndexOf(Symbols.CLOSE);
    int valueSuffix = value.length() - 1 - valueClose;
    int suffix = Math.min(patternSuffix, valueSuffix);
    for (int i = 1; i <= suffix; i++) {
      if (!Glob.same(
          patternText.charAt(patternText.length() - i), value.charAt(value.length() - i), ignoreCase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the pattern is a fixed prefix followed only by stars, and the value's known prefix
   * starts with it: then whatever the opaque part is, the value matches.
   */
  static boolean prefixThenStar(Glob pattern, String value, boolean ignoreCase) {
    int prefix = fixedPrefix(pattern);
    for (int i = prefix; i < pattern.length(); i++) {
      if (!pattern.isWild(i) || pattern.charAt(i) != '*') {
        return false;
      }
    }
    int valueOpen = value.indexOf(Symbols.OPEN);
    if (prefix == pattern.length() || valueOpen >= 0 && valueOpen < prefix) {
      return false;
    }
    for (int i = 0; i < prefix; i++) {
      if (!Glob.same(pattern.charAt(i), value.charAt(i), ignoreCase)) {
        return false;
      }
    }
    return true;
  }

  /** Length of the leading text that is neither a wildcard nor part of an opaque token. */
  private static int fixedPrefix(Glob pattern) {
    int i = 0;
    while (i < pattern.length() && !pattern.isWild(i) && pattern.charAt(i) != Symbols.OPEN) {
      i++;
    }
    return i;
  }

  private static int fixedSuffix(Glob pattern) {
    int i = 0;
    int n = pattern.length();
    while (i < n && !pattern.isWild(n - 1 - i) && pattern.charAt(n - 1 - i) != Symbols.CLOSE) {
      i++;
    }
    return i;
  }
}
