package io.github.apigwlint.report;

import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.source.Symbols;

/** Wording shared by the access summary formats. */
final class AccessReports {

  /** The stage of an API whose input declares none: every stage it will have, like "every method (none declared)". */
  static final String EVERY_STAGE = "every stage (none declared)";

  private AccessReports() {}

  static String title(ApiAccess api) {
    String endpoint = api.api().endpointType() == null ? "" : ", " + api.api().endpointType();
    String policy = api.policy() == null ? "no resource policy"
        : "resource policy " + api.policy().source().location().fileAndLine();
    return api.api().name() + " (" + api.api().protocol() + endpoint + "; " + policy + ")";
  }

  static boolean stageDeclared(ApiAccess api) {
    return !api.api().stages().isEmpty();
  }

  static String method(ApiAccess api, MethodAccess method) {
    String stage = stageDeclared(api) ? Symbols.render(method.stage()) : EVERY_STAGE;
    return stage + " " + Symbols.render(method.method().display()) + " (" + method.authorization() + ")";
  }

  /** What the method's "depends" lines depend on, said once; null when none depends. */
  static String dependsOn(MethodAccess method) {
    return method.dependsOn().isEmpty() ? null : "depends on " + String.join("; ", method.dependsOn());
  }
}
