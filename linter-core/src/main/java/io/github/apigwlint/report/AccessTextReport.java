package io.github.apigwlint.report;

import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.Grant;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.policy.Statement;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** The access summary for a terminal: per API, per stage and method, who can invoke it. */
public final class AccessTextReport {

  private AccessTextReport() {}

  public static void write(List<ApiAccess> apis, Writer out) throws IOException {
    for (ApiAccess api : apis) {
      out.write(AccessReports.title(api) + "\n");
      if (api.note() != null) {
        out.write("  " + api.note() + "\n");
      }
      for (MethodAccess method : api.methods()) {
        out.write("  " + AccessReports.method(method) + "\n");
        List<Grant> grants = method.grants();
        if (grants.isEmpty()) {
          out.write("    nobody\n");
        }
        for (Grant grant : grants) {
          out.write("    " + grant.describe() + ": " + grant.outcome(method.gate()) + statements(grant.deciding()) + "\n");
        }
      }
      out.write("\n");
    }
    out.flush();
  }

  private static String statements(List<Statement> deciding) {
    return deciding.isEmpty() ? ""
        : " [" + deciding.stream().map(AccessReports::statement).collect(Collectors.joining(", ")) + "]";
  }

}
