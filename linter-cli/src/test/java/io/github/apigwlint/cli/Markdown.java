package io.github.apigwlint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough Markdown for the tests that hold the documentation to the code: sections, fenced blocks, code spans. */
final class Markdown {

  private static final Pattern FENCE = Pattern.compile("(?m)^( *)```([^\n`]*)\n(.*?)^ *```[ \t]*$", Pattern.DOTALL);
  private static final Pattern SPAN = Pattern.compile("`([^`\n]+(?:\n[^`\n]+)?)`");

  /** A fenced code block: its info string ({@code yaml}, empty, …), its text without the fence's indentation, and the line it starts on. */
  record Block(String info, String text, int line) {}

  /** An inline code span and its line. */
  record Span(String text, int line) {}

  private final String text;

  Markdown(String text) {
    this.text = text;
  }

  /** The text under {@code ## heading}, up to the next heading of that level or above. */
  static String section(String text, String heading) {
    Matcher start = Pattern.compile("(?m)^(#+) " + Pattern.quote(heading) + "\n").matcher(text);
    if (!start.find()) {
      throw new AssertionError("no section \"" + heading + "\"");
    }
    StringBuilder withoutBlocks = new StringBuilder(text);
    blank(withoutBlocks, FENCE);
    Matcher next = Pattern.compile("(?m)^#{1," + start.group(1).length() + "} ").matcher(withoutBlocks);
    return text.substring(start.end(), next.find(start.end()) ? next.start() : text.length());
  }

  List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    Matcher fence = FENCE.matcher(text);
    while (fence.find()) {
      String indent = fence.group(1);
      String body = fence.group(3).replaceAll("(?m)^" + indent, "");
      blocks.add(new Block(fence.group(2).strip(), body, lineOf(fence.start(3))));
    }
    return blocks;
  }

  /** Code spans outside fenced blocks and HTML comments; a span may wrap onto the next line. */
  List<Span> spans() {
    StringBuilder prose = new StringBuilder(text);
    blank(prose, FENCE);
    blank(prose, Pattern.compile("<!--.*?-->", Pattern.DOTALL));
    List<Span> spans = new ArrayList<>();
    Matcher span = SPAN.matcher(prose);
    while (span.find()) {
      spans.add(new Span(span.group(1).replace('\n', ' '), lineOf(span.start())));
    }
    return spans;
  }

  /** Replaces what the pattern matches by spaces, keeping the line breaks so that line numbers hold. */
  private static void blank(StringBuilder text, Pattern pattern) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      for (int i = matcher.start(); i < matcher.end(); i++) {
        if (text.charAt(i) != '\n') {
          text.setCharAt(i, ' ');
        }
      }
    }
  }

  private int lineOf(int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }
}
