package io.github.apigwlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class GlobsTest {

  private static final List<String> GLOBS = List.of(
      "*.yaml", "**/*.yaml", "**.yaml", "cdk.out/**", "**/cdk.out/**", "a/?/c", "a/*/c", "a/**/c", "**/a/**",
      "[abc]*", "[!abc]*", "[a-c]x", "[!a-c]x", "[-a]x", "[a-]x", "[^a]x", "*.{yaml,json}", "{a,b/c,}d", "{**/x,y}",
      "\\*x", "a\\{b", "a,b", "a}b", "t?st/**/*.tf", "**/**/x", "x/**", "**", "*", "?", "é*", "😀?", "?😀");

  private static final List<String> PATHS = List.of(
      "t.yaml", "d/t.yaml", "d/e/t.yaml", "cdk.out", "cdk.out/a.json", "x/cdk.out/a/b.json", "a/b/c", "a/c", "a/b/d/c",
      "a/bb/c", "ax", "bx", "dx", "-x", "^x", "/x", "t.json", "ad", "b/cd", "d", "x", "y", "q/x", "*x", "a{b", "a,b", "a}b",
      "test/m/main.tf", "tost/main.tf", "x/", "é", "éa", "😀a", "a😀", "line\nbreak", "", "a/b");

  /** What the globs matched before they had a matcher of their own: Java's, and a leading {@code **}/ for no folder. */
  private static boolean reference(String glob, String path) {
    if (FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(path))) {
      return true;
    }
    return glob.startsWith("**/") && reference(glob.substring(3), path);
  }

  @Test
  void globsMatchAsJavasGlobsDo() {
    for (String glob : GLOBS) {
      for (String path : PATHS) {
        assertThat(Globs.matches(glob, Path.of(path))).as(glob + " on " + path.replace("\n", "\\n")).isEqualTo(reference(glob, path));
      }
    }
  }

  @Test
  @Timeout(60)
  void aGlobThatBacktracksInARegularExpressionTakesTimeInProportionToTheName() {
    Path name = Path.of("a".repeat(200));
    assertThat(Globs.matches("**/*a*a*a*a*a*a*a*a*a*a*b", name)).isFalse();
    assertThat(Globs.matches("**/*a*a*a*a*a*a*a*a*a*a*", name)).isTrue();
  }

  @Test
  void aGlobJavaRefusesIsRefusedAlike() {
    assertThatThrownBy(() -> Globs.matches("{a,{b}}", Path.of("a"))).isInstanceOf(PatternSyntaxException.class);
    assertThatThrownBy(() -> Globs.matches("[a", Path.of("a"))).isInstanceOf(PatternSyntaxException.class);
  }
}
