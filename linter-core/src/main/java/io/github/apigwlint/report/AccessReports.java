package io.github.apigwlint.report;

import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Symbols;

/** Wording shared by the access summary formats. */
final class AccessReports {

  private AccessReports() {}

  static String title(ApiAccess api) {
    String endpoint = api.api().endpointType() == null ? "" : ", " + api.api().endpointType();
    String policy = api.policy() == null ? "no resource policy"
        : "resource policy " + where(api.policy().source().location());
    return api.api().name() + " (" + api.api().protocol() + endpoint + "; " + policy + ")";
  }

  static String method(MethodAccess method) {
    return Symbols.render(method.stage()) + " " + Symbols.render(method.method().display()) + " (" + method.authorization() + ")";
  }

  static String statement(Statement statement) {
    return statement.label() + " at " + where(statement.node().location());
  }

  static String where(Location location) {
    return location.isWholeFile() ? location.file() : location.file() + ":" + location.line();
  }
}
