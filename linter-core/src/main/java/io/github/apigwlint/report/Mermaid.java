package io.github.apigwlint.report;

/**
 * Text inside a quoted Mermaid label. Mermaid reads {@code #name;} and {@code #code;} as entities,
 * so {@code #} goes first; quotes, pipes and angle brackets would end or break the label; a backtick
 * would start a Markdown string.
 */
final class Mermaid {

  private Mermaid() {}

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '#' -> escaped.append("#35;");
        case '"' -> escaped.append("#quot;");
        case '|' -> escaped.append("#124;");
        case '<' -> escaped.append("#lt;");
        case '>' -> escaped.append("#gt;");
        case '`' -> escaped.append("#96;");
        case '\n', '\r' -> escaped.append(' ');
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
