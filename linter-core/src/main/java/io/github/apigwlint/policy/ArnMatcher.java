package io.github.apigwlint.policy;

import java.util.List;

/**
 * {@code ArnLike}/{@code ArnEquals}: the six parts are matched separately, so a {@code *} in one part
 * never reaches into the next (TV-100). The resource part (after the fifth colon) is one glob.
 */
public final class ArnMatcher {

  private ArnMatcher() {}

  public static Tri matches(String pattern, String value) {
    return matches(Glob.of(pattern), value);
  }

  public static Tri matches(Glob pattern, String value) {
    List<Glob> patternParts = pattern.splitArn();
    List<String> valueParts = Arn.segments(value);
    if (patternParts.size() != 6 || valueParts.size() != 6) {
      // Not ARN-shaped on both sides: fall back to whole-string comparison of same-shaped strings.
      return patternParts.size() == valueParts.size() ? pattern.matches(value) : Tri.FALSE;
    }
    Tri result = Tri.TRUE;
    for (int i = 0; i < 6 && result != Tri.FALSE; i++) {
      result = result.and(patternParts.get(i).matches(valueParts.get(i)));
    }
    return result;
  }
}
