package io.github.apigwlint.report;

import io.github.apigwlint.access.summary.AccessLine;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.policy.Statement;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** The access summary for a terminal: per API, per stage and method, who can invoke it and who cannot. */
public final class AccessTextReport {

  private AccessTextReport() {}

  public static void write(List<ApiAccess> apis, Writer out) throws IOException {
    for (ApiAccess api : apis) {
      out.write(Escaping.line(AccessReports.title(api)) + "\n");
      for (String fact : api.exposure().lines()) {
        out.write("  " + Escaping.line(fact) + "\n");
      }
      if (api.note() != null) {
        out.write("  " + Escaping.line(api.note()) + "\n");
      }
      for (MethodAccess method : api.methods()) {
        out.write("  " + Escaping.line(AccessReports.method(api, method)) + "\n");
        for (AccessLine line : method.lines()) {
          out.write("    " + Escaping.line(AccessReports.caller(api, method, line) + statements(line.deciding())) + "\n");
        }
        String dependsOn = AccessReports.dependsOn(method);
        if (dependsOn != null) {
          out.write("    " + Escaping.line(dependsOn) + "\n");
        }
      }
      out.write("\n");
    }
    out.flush();
  }

  private static String statements(List<Statement> deciding) {
    return deciding.isEmpty() ? ""
        : " [" + deciding.stream().map(Statement::labelAt).collect(Collectors.joining(", ")) + "]";
  }
}
