package io.github.apigwlint.report;

/**
 * How text from the input (messages quote values, keys and file names) is written in each report
 * family, so that the input cannot speak to the reader's terminal, CI runner or renderer: terminal
 * escape sequences, workflow commands, markup and characters XML does not allow are shown, not
 * obeyed. One visible form for every control character: {@code \xNN} ({@code \x1b} for ESC).
 */
public final class Escaping {

  private Escaping() {}

  /** For a terminal: C0 controls but tab and line feed, DEL and C1 controls as {@code \xNN}. */
  public static String terminal(String text) {
    return controls(text, true);
  }

  /** For one line of a terminal: {@link #terminal} and line feeds too. */
  public static String line(String text) {
    return controls(text, false);
  }

  private static String controls(String text, boolean keepLineFeeds) {
    if (text.chars().noneMatch(c -> isControl(c, keepLineFeeds))) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    text.chars().forEach(c -> {
      if (isControl(c, keepLineFeeds)) {
        escaped.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
      } else {
        escaped.append((char) c);
      }
    });
    return escaped.toString();
  }

  private static boolean isControl(int c, boolean keepLineFeeds) {
    return c < 0x20 && c != '\t' && !(keepLineFeeds && c == '\n') || c >= 0x7F && c <= 0x9F;
  }

  /**
   * The message of a GitHub workflow command, escaped as {@code @actions/core} does ({@code %}, CR,
   * LF), so that no value can end the line and start a command of its own; other controls as for a
   * terminal, since the log shows colours.
   */
  public static String workflowData(String text) {
    return terminal(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  /** A property value of a GitHub workflow command: {@link #workflowData}, and {@code :} and {@code ,}. */
  public static String workflowProperty(String text) {
    return workflowData(text).replace(":", "%3A").replace(",", "%2C");
  }

  /**
   * Inline Markdown text (a table cell, a heading): markup characters backslash-escaped, so that the
   * input can neither format, link, end a cell or inject HTML; line breaks as {@code <br>}.
   */
  public static String markdown(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    terminal(text.strip().replace("\r\n", "\n")).chars().forEach(c -> {
      if (c == '\n') {
        escaped.append("<br>");
      } else {
        if ("\\`*_[]<>|".indexOf(c) >= 0) {
          escaped.append('\\');
        }
        escaped.append((char) c);
      }
    });
    return escaped.toString();
  }

  /**
   * XML character data: markup escaped, and the characters XML 1.0 does not allow (most C0 controls,
   * lone surrogates, U+FFFE, U+FFFF), DEL and C1 controls as visible {@code \\uXXXX}.
   */
  public static String xml(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        default -> {
          if (allowedInXml(text, i)) {
            escaped.append(c);
            if (Character.isHighSurrogate(c)) {
              escaped.append(text.charAt(++i));
            }
          } else {
            escaped.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return escaped.toString();
  }

  private static boolean allowedInXml(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && !(c >= 0x7F && c <= 0x9F)
        && !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
  }

  /** An XML attribute value: {@link #xml}, quotes and the white space an attribute would fold. */
  public static String xmlAttribute(String text) {
    return xml(text).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
  }
}
