package io.github.apigwlint.benchmarks;

import java.util.List;

/** The benchmark's report: a Markdown table of the runs, then the goals met or not. */
final class Table {

  private Table() {}

  static String markdown(List<Row> rows, List<Goal> goals, List<String> notes) {
    StringBuilder out = new StringBuilder()
        .append("| work | apigw-lint (a peer in its row) wall / cpu / peak RSS | floor wall / cpu / peak RSS | ratio |\n")
        .append("| --- | --- | --- | --- |\n");
    for (Row row : rows) {
      out.append("| ").append(row.work())
          .append(" | ").append(row.tool().cell())
          .append(" | ").append(row.floor().map(Measurement::cell).orElse("—"))
          .append(" | ").append(row.ratio())
          .append(" |\n");
    }
    if (!goals.isEmpty()) {
      out.append('\n');
      goals.forEach(goal -> out.append(goal.line()).append('\n'));
    }
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(note -> out.append(note).append('\n'));
    }
    return out.toString();
  }
}
