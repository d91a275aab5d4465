package io.github.apigwlint.source;

import java.util.Arrays;

/**
 * Follows a string scalar's raw text in its file and records, for each character of its value, the
 * offset in the file where that character was written. Every scan is checked against the value, so
 * a style it does not follow exactly (multi-line quoted YAML, explicit indentation, a value computed
 * by an intrinsic) yields no map rather than a wrong one.
 */
final class ScalarSourceMap {

  /** Escape letter → decoded character, for JSON strings and YAML double-quoted scalars. */
  private static final String SIMPLE_ESCAPES = "\"\"\\\\//b\bf\fn\nr\rt\t0\0a\u0007v\u000Be\u001B  \t\tN\u0085_\u00A0L\u2028P\u2029";

  private final String raw;
  private final StringBuilder value = new StringBuilder();
  private int[] offsets = new int[64];

  private ScalarSourceMap(String raw) {
    this.raw = raw;
  }

  /**
   * One file offset per character of the value plus one for its end, or null when the raw text
   * cannot be followed exactly.
   */
  static int[] rawOffsets(ScalarNode string, boolean yaml, LineIndex lines) {
    int start = lines.offset(string.location().line(), string.location().column());
    if (start < 0 || start >= lines.text().length()) {
      return null;
    }
    ScalarSourceMap map = new ScalarSourceMap(lines.text());
    char first = map.raw.charAt(start);
    int end;
    if (first == '"') {
      end = map.doubleQuoted(start + 1);
    } else if (!yaml) {
      end = -1;
    } else if (first == '\'') {
      end = map.singleQuoted(start + 1);
    } else if (first == '|' || first == '>') {
      end = map.block(start, first == '>');
    } else {
      end = map.plain(start, string.text().length());
    }
    return end < 0 ? null : map.matching(string.text(), end);
  }

  private int[] matching(String text, int end) {
    if (!value.toString().startsWith(text)) {
      return null;
    }
    int[] result = Arrays.copyOf(offsets, text.length() + 1);
    result[text.length()] = text.length() < value.length() ? offsets[text.length()] : end;
    return result;
  }

  private void append(char c, int rawOffset) {
    if (value.length() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[value.length()] = rawOffset;
    value.append(c);
  }

  private void append(String s, int rawOffset) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i), rawOffset);
    }
  }

  /** Returns the offset of the closing quote, or -1. */
  private int doubleQuoted(int i) {
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\n') {
        return -1;
      }
      if (c != '\\') {
        append(c, i++);
        continue;
      }
      int consumed = escape(i);
      if (consumed < 0) {
        return -1;
      }
      i += consumed;
    }
    return -1;
  }

  /** Decodes the escape at {@code i}; returns its raw length, or -1. */
  private int escape(int i) {
    if (i + 1 >= raw.length()) {
      return -1;
    }
    char letter = raw.charAt(i + 1);
    int hexDigits = letter == 'x' ? 2 : letter == 'u' ? 4 : letter == 'U' ? 8 : 0;
    if (hexDigits > 0) {
      if (i + 2 + hexDigits > raw.length()) {
        return -1;
      }
      try {
        int codePoint = Integer.parseInt(raw.substring(i + 2, i + 2 + hexDigits), 16);
        append(new String(Character.toChars(codePoint)), i);
      } catch (IllegalArgumentException e) {
        return -1;
      }
      return 2 + hexDigits;
    }
    for (int k = 0; k < SIMPLE_ESCAPES.length(); k += 2) {
      if (SIMPLE_ESCAPES.charAt(k) == letter) {
        append(SIMPLE_ESCAPES.charAt(k + 1), i);
        return 2;
      }
    }
    return -1;
  }

  private int singleQuoted(int i) {
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (c == '\'') {
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\'') {
          append('\'', i);
          i += 2;
          continue;
        }
        return i;
      }
      append(c, i++);
    }
    return -1;
  }

  private int plain(int start, int length) {
    int end = start + length;
    if (end > raw.length() || raw.substring(start, end).indexOf('\n') >= 0) {
      return -1;
    }
    for (int i = start; i < end; i++) {
      append(raw.charAt(i), i);
    }
    return end;
  }

  /**
   * A literal ({@code |}) or folded ({@code >}) block scalar with detected indentation. Folding joins
   * adjacent lines of equal indentation with a space; blank lines and more-indented lines keep breaks.
   */
  private int block(int header, boolean folded) {
    int lineStart = raw.indexOf('\n', header) + 1;
    if (lineStart == 0 || raw.substring(header, lineStart).chars().anyMatch(Character::isDigit)) {
      return -1;
    }
    int indent = -1;
    int blankLines = 0;
    int previousEnd = -1;
    boolean previousMoreIndented = false;
    while (lineStart < raw.length()) {
      int lineEnd = raw.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? raw.length() : lineEnd;
      int contentEnd = lineEnd > lineStart && raw.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      int spaces = leadingSpaces(lineStart, contentEnd);
      if (lineStart + spaces == contentEnd) {
        blankLines++;
        lineStart = lineEnd + 1;
        continue;
      }
      if (indent < 0) {
        indent = spaces;
      }
      if (spaces < indent) {
        break;
      }
      boolean moreIndented = spaces > indent || raw.charAt(lineStart + spaces) == '\t';
      if (previousEnd >= 0) {
        boolean joinWithSpace = folded && !previousMoreIndented && !moreIndented;
        if (joinWithSpace && blankLines == 0) {
          append(' ', previousEnd);
        } else if (!joinWithSpace) {
          append('\n', previousEnd);
        }
      }
      append("\n".repeat(blankLines), lineStart);
      for (int i = lineStart + indent; i < contentEnd; i++) {
        append(raw.charAt(i), i);
      }
      previousEnd = contentEnd;
      previousMoreIndented = moreIndented;
      blankLines = 0;
      lineStart = lineEnd + 1;
    }
    if (previousEnd < 0) {
      return -1;
    }
    append('\n', previousEnd);
    return previousEnd;
  }

  private int leadingSpaces(int from, int to) {
    int i = from;
    while (i < to && raw.charAt(i) == ' ') {
      i++;
    }
    return i - from;
  }
}
