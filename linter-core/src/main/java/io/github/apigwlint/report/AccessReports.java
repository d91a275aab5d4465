package io.github.apigwlint.report;

import io.github.apigwlint.access.summary.AccessLine;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Flag;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.source.Spelling;
import io.github.apigwlint.source.Symbols;

/** Wording shared by the access summary formats. */
final class AccessReports {

  /** The stage of an API whose input declares none: every stage it will have, like "every method (none declared)". */
  static final String EVERY_STAGE = "every stage (none declared)";

  private AccessReports() {}

  static String title(ApiAccess api) {
    String endpoint = api.api().endpointType() == null ? "" : ", " + api.api().endpointType();
    String policy = api.policy() == null ? "no resource policy"
        : (unknown(api.policy()) ? "resource policy unknown, " : "resource policy ") + api.policy().source().location().fileAndLine();
    return api.api().name() + " (" + api.api().protocol() + endpoint + "; " + policy + ")";
  }

  /** A policy the input does not give (kept in S3, or written by a transform that fails): no statement is known. */
  private static boolean unknown(PolicyDocument policy) {
    return policy.policy().statements().isEmpty() && !policy.policy().unknownStatements().isEmpty();
  }

  static boolean stageDeclared(ApiAccess api) {
    return !api.api().stages().isEmpty();
  }

  static String method(ApiAccess api, MethodAccess method) {
    String condition = method.method().condition() == null ? "" : ", " + method.method().condition().describe();
    return stage(api, method) + " " + Symbols.render(method.method().display())
        + " (" + authorization(method.method()) + apiKey(method.method().apiKeyRequired()) + ")" + condition;
  }

  /** A stage named by the empty string (a Terraform default {@code ""}) is shown quoted, so the line does not start blank. */
  private static String stage(ApiAccess api, MethodAccess method) {
    if (!stageDeclared(api)) {
      return EVERY_STAGE;
    }
    return method.stage().isEmpty() ? "stage \"\"" : render(api, method.stage());
  }

  /** A caller line: who, and what they get. */
  static String caller(ApiAccess api, MethodAccess method, AccessLine line) {
    return line.describe(spelling(api)) + ": " + method.outcome(line);
  }

  /** A value of the API as the language it is written in writes what the input does not fix. */
  static String render(ApiAccess api, String text) {
    return Symbols.render(text, spelling(api));
  }

  static Spelling spelling(ApiAccess api) {
    return api.api().syntax().spelling();
  }

  private static String apiKey(Flag required) {
    return switch (required) {
      case ON -> ", API key required";
      case UNKNOWN -> ", API key possibly required";
      case OFF -> "";
    };
  }

  /** The authorization, with where it comes from when the input does not state it; why it is unknown is a "depends on". */
  private static String authorization(Method method) {
    String reason = method.authorizationReason();
    return reason == null || method.authorization() == AuthorizationType.UNKNOWN
        ? method.authorization().name()
        : method.authorization() + ", " + reason;
  }

  /** What the method's "depends" lines depend on, said once; null when none depends. */
  static String dependsOn(MethodAccess method) {
    return method.dependsOn().isEmpty() ? null : "depends on " + String.join("; ", method.dependsOn());
  }
}
