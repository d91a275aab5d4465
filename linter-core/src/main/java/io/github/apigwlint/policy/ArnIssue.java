package io.github.apigwlint.policy;

import io.github.apigwlint.source.Location;

/** Something wrong or odd about an execute-api resource ARN, for rules to report. */
public record ArnIssue(Kind kind, Severity severity, String message, Location location) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public enum Kind {
    /** Not an ARN and not the shorthand. */
    MALFORMED,
    /** Another service, e.g. the control-plane {@code arn:aws:apigateway:…} (TV-09). */
    WRONG_SERVICE,
    /** Wildcard in the service segment (TV-11). */
    WILDCARD_IN_SERVICE,
    /** {@code {id}} or {@code {proxy+}} left in the path: never matches a request (TV-03). */
    PATH_TEMPLATE,
    /** Not an HTTP verb API Gateway puts in method ARNs. */
    BAD_VERB,
    /** Trailing slash after a path: API Gateway strips it from request ARNs. */
    TRAILING_SLASH,
    /** Empty path segment (for example {@code GET//}). */
    DOUBLE_SLASH,
    /** Partition disagrees with the API's (TV-10). */
    PARTITION_MISMATCH
  }
}
