package io.github.apigwlint.report;

import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.AccessLine;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.policy.Statement;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The access summary for a pull request or a wiki: a Mermaid {@code flowchart LR} of callers to APIs
 * (GitHub renders it), then one table per API.
 */
public final class AccessMarkdownReport {

  private AccessMarkdownReport() {}

  public static void write(List<ApiAccess> apis, Writer out) throws IOException {
    out.write("# Who can invoke what\n\n");
    out.write(diagram(apis));
    for (ApiAccess api : apis) {
      out.write("\n## " + cell(AccessReports.title(api)) + "\n\n");
      for (String fact : api.exposure().lines()) {
        out.write(cell(fact) + "\n\n");
      }
      if (api.note() != null) {
        out.write(cell(api.note()) + "\n\n");
      }
      out.write("| Stage and method | Caller | Access | Deciding statements |\n");
      out.write("| --- | --- | --- | --- |\n");
      List<String> dependsOn = new ArrayList<>();
      for (MethodAccess method : api.methods()) {
        for (AccessLine line : method.lines()) {
          out.write("| " + cell(AccessReports.method(api, method)) + " | " + cell(line.describe(AccessReports.spelling(api))) + " | "
              + cell(method.outcome(line)) + " | " + cell(statements(line.deciding())) + " |\n");
        }
        Optional.ofNullable(AccessReports.dependsOn(method))
            .ifPresent(d -> dependsOn.add("- " + cell(AccessReports.method(api, method) + ": " + d) + "\n"));
      }
      if (!dependsOn.isEmpty()) {
        out.write("\n" + String.join("", dependsOn));
      }
    }
    out.flush();
  }

  static String diagram(List<ApiAccess> apis) {
    Map<String, String> callers = new LinkedHashMap<>();
    Map<String, Set<String>> edges = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder("```mermaid\nflowchart LR\n");
    for (int i = 0; i < apis.size(); i++) {
      ApiAccess api = apis.get(i);
      text.append("  api").append(i).append("[\"").append(Mermaid.escape(api.api().name())).append("\"]\n");
      for (MethodAccess method : api.methods()) {
        for (AccessLine grant : method.grants()) {
          String caller = callers.computeIfAbsent(grant.describe(AccessReports.spelling(api)), k -> "caller" + callers.size());
          edges.computeIfAbsent(caller + " api" + i, k -> new LinkedHashSet<>()).add(method.outcome(grant));
        }
      }
    }
    callers.forEach((label, id) -> text.append("  ").append(id).append("([\"").append(Mermaid.escape(label)).append("\"])\n"));
    edges.forEach((edge, outcomes) -> {
      String[] ends = edge.split(" ");
      String label = String.join(" / ", outcomes);
      text.append("  ").append(ends[0]).append(" -->|\"").append(Mermaid.escape(label)).append("\"| ").append(ends[1]).append('\n');
    });
    return text.append("```\n").toString();
  }

  private static String statements(List<Statement> deciding) {
    return deciding.stream().map(Statement::labelAt).collect(Collectors.joining(", "));
  }

  /** Inline text: what the input wrote is shown, never rendered as markup. */
  private static String cell(String text) {
    return Escaping.markdown(text);
  }
}
