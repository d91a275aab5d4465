package io.github.apigwlint.report;

import io.github.apigwlint.rule.Finding;

/**
 * A finding's message with what qualifies it, for formats that show one line of text: the variant
 * of the template conditions it holds in and the CDK construct it lies in. The finding keeps them
 * apart ({@link Finding#when()}, {@link Finding#construct()}), so they never enter its identity.
 */
public final class Headlines {

  private Headlines() {}

  public static String of(Finding finding) {
    return finding.message()
        + (finding.when() == null ? "" : " (" + finding.when() + ")")
        + (finding.construct() == null ? "" : " [CDK construct " + finding.construct() + "]");
  }
}
