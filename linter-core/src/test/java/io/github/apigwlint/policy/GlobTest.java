package io.github.apigwlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.source.Symbols;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void starAndQuestionMark() {
    assertThat(Glob.of("a*c").matches("abbbc")).isEqualTo(Tri.TRUE);
    assertThat(Glob.of("a*c").matches("abbbd")).isEqualTo(Tri.FALSE);
    assertThat(Glob.of("a?c").matches("abc")).isEqualTo(Tri.TRUE);
    assertThat(Glob.of("a?c").matches("ac")).isEqualTo(Tri.FALSE);
    assertThat(Glob.of("*").matches("")).isEqualTo(Tri.TRUE);
    assertThat(Glob.of("").matches("")).isEqualTo(Tri.TRUE);
    assertThat(Glob.of("").matches("x")).isEqualTo(Tri.FALSE);
    assertThat(Glob.of("**a**").matches("bab")).isEqualTo(Tri.TRUE);
  }

  @Test
  void caseSensitiveByDefault_insensitiveOnRequest() {
    assertThat(Glob.of("Get*").matches("getX")).isEqualTo(Tri.FALSE);
    assertThat(Glob.of("Get*").matchesIgnoreCase("getX")).isEqualTo(Tri.TRUE);
  }

  @Test
  void literalStarFromBuilderIsNotAWildcard() {
    Glob glob = new Glob.Builder().literal("a").literal("*").literal("b").build();
    assertThat(glob.matches("a*b")).isEqualTo(Tri.TRUE);
    assertThat(glob.matches("axxb")).isEqualTo(Tri.FALSE);
  }

  @Test
  void agreesWithARegularExpressionOnRandomPatterns() {
    java.util.Random random = new java.util.Random(20261125);
    String alphabet = "ab/?*";
    for (int round = 0; round < 5_000; round++) {
      String pattern = randomText(random, alphabet, 8);
      String text = randomText(random, "ab/", 12);
      StringBuilder regex = new StringBuilder();
      for (char c : pattern.toCharArray()) {
        regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
      }
      boolean expected = java.util.regex.Pattern.compile(regex.toString(), java.util.regex.Pattern.DOTALL).matcher(text).matches();
      assertThat(Glob.of(pattern).matches(text)).as("%s vs %s", pattern, text).isEqualTo(Tri.of(expected));
    }
  }

  private static String randomText(java.util.Random random, String alphabet, int maxLength) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  @Test
  void longSegmentsSpanSeveralMachineWords() {
    String segment = "x".repeat(70) + "?" + "y".repeat(70);
    String text = "start-" + "x".repeat(70) + "Q" + "y".repeat(70) + "-end";
    assertThat(Glob.of("start-*" + segment + "*-end").matches(text)).isEqualTo(Tri.TRUE);
    assertThat(Glob.of("start-*" + segment + "y*-end").matches(text)).isEqualTo(Tri.FALSE);
    assertThat(Glob.of("*X*").matchesIgnoreCase(text)).isEqualTo(Tri.TRUE);
  }

  @Test
  void pathologicalPatternFinishesQuickly() {
    String pattern = "a*".repeat(40) + "b";
    String text = "a".repeat(10_000);
    long start = System.nanoTime();
    Tri result = Glob.of(pattern).matches(text);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(result).isEqualTo(Tri.FALSE);
    assertThat(took).isLessThan(Duration.ofMillis(300));
  }

  @Test
  void anOpaqueStageIsSwallowedByAStarButNotByALiteral() {
    String stage = Symbols.opaque("stage of Api");
    String arn = "arn:aws:execute-api:us-east-1:1:abc/" + stage + "/GET/pets/7";
    assertThat(Glob.of("arn:aws:execute-api:us-east-1:1:abc/*/GET/*").matches(arn)).isEqualTo(Tri.TRUE);
    assertThat(Glob.of("arn:aws:execute-api:us-east-1:1:abc/prod/GET/*").matches(arn)).isEqualTo(Tri.UNKNOWN);
    assertThat(Glob.of("arn:aws:execute-api:us-east-1:1:abc/*/POST/*").matches(arn)).isEqualTo(Tri.UNKNOWN);
    assertThat(Glob.of("arn:aws:execute-api:us-east-1:1:abc/prod/POST/*").matches(arn)).isEqualTo(Tri.UNKNOWN);
    assertThat(Glob.of("arn:aws:execute-api:us-east-1:1:abc/?/GET/pets/7").matches(arn)).isEqualTo(Tri.UNKNOWN);
    assertThat(Glob.of("arn:aws:execute-api:us-east-1:1:xyz/*").matches(arn)).isEqualTo(Tri.FALSE);
    assertThat(Glob.of("*/GET/pets/8").matches(arn)).isEqualTo(Tri.FALSE);
  }

  @Test
  void opaqueValueIsUnknownUnlessTheKnownPrefixRulesItOut() {
    String opaque = Symbols.opaque("param ApiId");
    assertThat(Glob.of("arn:aws:execute-api:*").matches("arn:aws:execute-api:us-east-1:1:" + opaque)).isEqualTo(Tri.TRUE);
    assertThat(Glob.of("arn:aws:execute-api:us-east-1:1:abc/*").matches("arn:aws:execute-api:us-east-1:1:" + opaque))
        .isEqualTo(Tri.UNKNOWN);
    assertThat(Glob.of("arn:aws:s3:::*").matches("arn:aws:execute-api:us-east-1:1:" + opaque)).isEqualTo(Tri.FALSE);
    assertThat(Glob.of("*").matches(opaque)).isEqualTo(Tri.TRUE);
    assertThat(Glob.literal(opaque).matches("vpce-1")).isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void identitySymbolsCompareByEquality() {
    String arn = "arn:aws:execute-api:us-east-1:" + Symbols.SELF_ACCOUNT + ":" + Symbols.resource("Api") + "/*";
    assertThat(Glob.of(arn).matches(arn.replace("/*", "/prod/GET/x"))).isEqualTo(Tri.TRUE);
    assertThat(Glob.of(arn).matches(arn.replace("Api", "Other").replace("/*", "/prod/GET/x"))).isEqualTo(Tri.FALSE);
  }

  @Test
  void aLiteralPartitionAgainstTheTemplatesOwnHoldsOrFailsOnlyWhereItDoesSoInEveryPartition() {
    String request = "arn:" + Symbols.PARTITION + ":execute-api:" + Symbols.REGION + ":" + Symbols.SELF_ACCOUNT + ":"
        + Symbols.resource("Api") + "/dev/";
    Glob healthcheck = Glob.of("arn:aws:execute-api:" + Symbols.REGION + ":" + Symbols.SELF_ACCOUNT + ":*/dev/GET/healthcheck*");
    assertThat(healthcheck.matches(request + "GET/healthcheck")).isEqualTo(Tri.UNKNOWN);
    assertThat(healthcheck.matches(request + "OPTIONS/never-created")).isEqualTo(Tri.FALSE);
    assertThat(Glob.of("arn:aws*:execute-api:*").matches(request + "GET/healthcheck")).isEqualTo(Tri.TRUE);
  }
}
