package io.github.apigwlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.report.Summary;
import io.github.apigwlint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheKeyTest {

  @TempDir Path dir;

  private String key(Path a, Path b, String rules) throws IOException {
    return new CacheKey().put("plugin", "1.0").put("rules", rules)
        .putFile("a.yaml", a).putFile("b.yaml", b).value();
  }

  @Test
  void sameInputsSameKeyWhateverTheOrder() throws IOException {
    Path a = Files.writeString(dir.resolve("a.yaml"), "A: 1\n");
    Path b = Files.writeString(dir.resolve("b.yaml"), "B: 2\n");
    String forward = key(a, b, "r1,r2");
    String backward = new CacheKey().putFile("b.yaml", b).putFile("a.yaml", a)
        .put("rules", "r1,r2").put("plugin", "1.0").value();
    assertThat(forward).isEqualTo(backward).hasSize(64);
  }

  @Test
  void contentRulesAndSettingsChangeTheKey() throws IOException {
    Path a = Files.writeString(dir.resolve("a.yaml"), "A: 1\n");
    Path b = Files.writeString(dir.resolve("b.yaml"), "B: 2\n");
    String before = key(a, b, "r1,r2");
    assertThat(key(a, b, "r1,r2,r3")).isNotEqualTo(before);
    assertThat(new CacheKey().put("plugin", "1.1").put("rules", "r1,r2")
        .putFile("a.yaml", a).putFile("b.yaml", b).value()).isNotEqualTo(before);
    Files.writeString(b, "B: 3\n");
    assertThat(key(a, b, "r1,r2")).isNotEqualTo(before);
  }

  @Test
  void aFileRenamedChangesTheKey() throws IOException {
    Path a = Files.writeString(dir.resolve("a.yaml"), "A: 1\n");
    assertThat(new CacheKey().putFile("a.yaml", a).value())
        .isNotEqualTo(new CacheKey().putFile("c.yaml", a).value());
  }

  @Test
  void settingsCannotRunTogether() {
    // "ab"+"c" and "a"+"bc" must not hash alike
    assertThat(new CacheKey().put("x", "ab").put("y", "c").value())
        .isNotEqualTo(new CacheKey().put("x", "a").put("y", "bc").value());
  }

  @Test
  void cachedResultRoundTripsAndIsDroppedWhenAReportChanges() throws IOException {
    Path report = Files.writeString(dir.resolve("apigw-lint.sarif"), "{}");
    CachedResult result = new CachedResult("k1", List.of("apigw-lint: baseline: 1 finding(s) accepted"),
        List.of(new CachedResult.Line(Severity.ERROR, "a.yaml:1:1 r m"),
            new CachedResult.Line(Severity.NOTE, "b.yaml r n")),
        new Summary(1, 0, 1, 2, 3),
        Map.of(report, CacheKey.sha256("{}".getBytes())), Map.of());
    Path cache = dir.resolve("out/apigw-lint.cache");
    result.write(cache);

    assertThat(CachedResult.read(cache, "k1")).contains(result);
    assertThat(CachedResult.read(cache, "k2")).isEmpty();
    Files.writeString(report, "{\"changed\": true}");
    assertThat(CachedResult.read(cache, "k1")).isEmpty();
    Files.delete(report);
    assertThat(CachedResult.read(cache, "k1")).isEmpty();
  }

  @Test
  void cachedResultIsDroppedWhenAFileATemplateIncludedChanges() throws IOException {
    Path spec = Files.writeString(dir.resolve("openapi.yaml"), "openapi: 3.0.1\n");
    CachedResult result = new CachedResult("k1", List.of(), List.of(), new Summary(0, 0, 0, 0, 1), Map.of(),
        Map.of(spec, CacheKey.sha256("openapi: 3.0.1\n".getBytes())));
    Path cache = dir.resolve("out/apigw-lint.cache");
    result.write(cache);

    assertThat(CachedResult.read(cache, "k1")).contains(result);
    Files.writeString(spec, "openapi: 3.0.1\npaths: {}\n");
    assertThat(CachedResult.read(cache, "k1")).isEmpty();
  }

  @Test
  void aBrokenCacheFileIsNoCache() throws IOException {
    Path cache = Files.writeString(dir.resolve("apigw-lint.cache"), "key=k1\nlines=oops\n");
    assertThat(CachedResult.read(cache, "k1")).isEmpty();
  }
}
