package io.github.apigwlint.access.summary;

import io.github.apigwlint.policy.ExecuteApiArn;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Glob;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Tri;
import io.github.apigwlint.source.Symbols;

/**
 * Whether a statement is undecided only because its Resource writes a Region or partition ({@code
 * arn:aws:execute-api:eu-west-2:…}) while the input leaves the API's open: without {@code region}
 * in the configuration, the partition is never guessed.
 */
final class RegionDependence {

  /** What such an answer depends on, and how the user decides it. */
  static final String WHY = "the API's Region and partition, which the input does not give: set `region` in .apigw-lint.yaml";

  /** Stand-ins that only test whether fixing the Region and partition decides the match; never shown. */
  private static final String SOME_PARTITION = "aws";
  private static final String SOME_REGION = "us-east-1";

  private RegionDependence() {}

  static boolean undecidedByRegion(Statement statement, ExpansionContext api, String requestArn) {
    if (!Symbols.isSymbolic(api.partition()) && !Symbols.isSymbolic(api.region())) {
      return false;
    }
    for (PolicyValue value : statement.resources()) {
      String resource = ExecuteApiArn.expand(value.text(), api);
      if (Glob.of(resource).matches(requestArn) == Tri.UNKNOWN
          && Glob.of(fixed(resource)).matches(fixed(requestArn)) != Tri.UNKNOWN) {
        return true;
      }
    }
    return false;
  }

  private static String fixed(String text) {
    return text.replace(Symbols.PARTITION, SOME_PARTITION).replace(Symbols.REGION, SOME_REGION);
  }
}
