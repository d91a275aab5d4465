package io.github.apigwlint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apigwlint.policy.Glob;
import io.github.apigwlint.policy.Tri;

/**
 * The wildcard matcher ({@code policy.SegmentMatcher}, through {@link Glob}): the first line is a
 * pattern of {@code *} and {@code ?}, the rest a value. Any pair matches, fails or is unknown, with
 * and without case; where neither holds a symbol, the answer is the textbook quadratic matcher's.
 * Its linear time is argued in its class comment, not timed here.
 */
class WildcardFuzzTest {

  /** Keeps the quadratic reference cheap. */
  private static final int REFERENCE_LENGTH = 256;

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void match(byte[] data) throws Exception {
    String[] lines = Contract.text(data).split("\n", 2);
    String pattern = lines[0];
    String value = lines.length > 1 ? lines[1] : "";
    Contract.holds(() -> {
      Glob glob = Glob.of(pattern);
      Tri exact = glob.matches(value, false);
      glob.matches(value, true);
      glob.splitArn();
      if (plain(pattern) && plain(value)) {
        assertThat(exact).as("%s against %s", pattern, value).isEqualTo(Tri.of(reference(pattern, value)));
      }
    });
  }

  /** No symbol marker (the private-use characters symbols are made of), and short enough for the reference. */
  private static boolean plain(String text) {
    return text.length() <= REFERENCE_LENGTH && text.chars().noneMatch(c -> c >= '\uE000' && c <= '\uF8FF');
  }

  /** {@code matches[i][j]}: the first i pattern characters match the first j value characters. */
  private static boolean reference(String pattern, String value) {
    boolean[][] matches = new boolean[pattern.length() + 1][value.length() + 1];
    matches[0][0] = true;
    for (int i = 1; i <= pattern.length(); i++) {
      char p = pattern.charAt(i - 1);
      matches[i][0] = p == '*' && matches[i - 1][0];
      for (int j = 1; j <= value.length(); j++) {
        matches[i][j] = p == '*'
            ? matches[i - 1][j] || matches[i][j - 1]
            : (p == '?' || p == value.charAt(j - 1)) && matches[i - 1][j - 1];
      }
    }
    return matches[pattern.length()][value.length()];
  }
}
