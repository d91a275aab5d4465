package io.github.apigwlint.source;

import java.util.Arrays;

/** Converts between character offsets of a text and 1-based line/column positions. */
final class LineIndex {

  private final String text;
  private final int[] lineStarts;

  LineIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  String text() {
    return text;
  }

  /** The offset of a position, or -1 when the position is not inside the text. */
  int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length || column < 1) {
      return -1;
    }
    int offset = lineStarts[line - 1] + column - 1;
    return offset <= text.length() ? offset : -1;
  }

  int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  Location location(String file, int offset) {
    return new Location(file, line(offset), column(offset));
  }
}
