package io.github.apigwlint.report;

import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.SourceFile;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For people at a terminal: {@code path:line:col: severity rule-id message}, the source line with a
 * caret under the column, the fix and the related places, and a summary line.
 */
public final class TextReporter implements Reporter {

  private static final String INDENT = "  ";
  private static final String FIX = INDENT + "fix: ";

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    SourceLines lines = new SourceLines(result.files());
    for (Finding finding : result.findings()) {
      out.write(Escaping.line(finding.location() + ": " + finding.severity().label() + " " + finding.ruleId()
          + " " + Headlines.of(finding)) + "\n");
      out.write(lines.snippet(finding.location()));
      if (finding.fix() != null) {
        out.write(FIX + Escaping.terminal(finding.fix().strip()).replace("\n", "\n" + " ".repeat(FIX.length())) + "\n");
      }
      for (Finding.Related related : finding.related()) {
        out.write(INDENT + "related: " + Escaping.line(related.location() + ": " + related.message()) + "\n");
      }
      out.write("\n");
    }
    out.write(Summary.of(result).sentence() + "\n");
    out.flush();
  }

  /** The lines of the files read, split once per file. */
  private static final class SourceLines {
    private final Map<String, SourceFile> files;
    private final Map<String, List<String>> split = new HashMap<>();

    SourceLines(Map<String, SourceFile> files) {
      this.files = files;
    }

    /**
     * <pre>
     *     12 |   Policy:
     *        |   ^
     * </pre>
     *
     * or nothing for a whole-file location or a file whose text is not at hand.
     */
    String snippet(Location location) {
      SourceFile file = files.get(location.file());
      if (location.isWholeFile() || file == null) {
        return "";
      }
      List<String> lines = split.computeIfAbsent(location.file(), name -> file.lines());
      if (location.line() > lines.size()) {
        return "";
      }
      String line = lines.get(location.line() - 1);
      String number = Integer.toString(location.line());
      String gutter = INDENT + " ".repeat(Math.max(4, number.length()));
      String snippet = gutter.substring(number.length()) + number + " | " + Escaping.line(line) + "\n";
      if (location.column() >= 1) {
        String before = line.substring(0, Math.min(location.column() - 1, line.length()));
        snippet += gutter + " | " + padding(Escaping.line(before)) + "^\n";
      }
      return snippet;
    }

    /** Blanks as wide as the line before the column as shown, keeping tabs so that the caret lines up in any tab width. */
    private static String padding(String before) {
      StringBuilder padding = new StringBuilder();
      for (int i = 0; i < before.length(); i++) {
        padding.append(before.charAt(i) == '\t' ? '\t' : ' ');
      }
      return padding.toString();
    }
  }
}
