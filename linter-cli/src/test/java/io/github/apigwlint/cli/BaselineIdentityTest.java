package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline accepts findings one by one: a second finding of the same rule on the same API is new,
 * not hidden behind the first one's entry.
 */
class BaselineIdentityTest {

  /** A PRIVATE API whose policy has one aws:SourceIp clause, in the statement NotFromTheOffice. */
  private static final String PRIVATE_API = resource("api.yaml");
  /** One more statement of that policy, NotFromTheLab, with its own aws:SourceIp clause. */
  private static final String SECOND_CLAUSE = resource("second-statement.yaml");

  @TempDir Path repo;

  private final RealCli cli = new RealCli();

  @Test
  void aSecondSourceIpClauseInAnotherStatementIsANewFinding() throws IOException {
    Files.writeString(repo.resolve("api.yaml"), PRIVATE_API);
    assertThat(run("check", "--format", "json")).isEqualTo(1);
    assertThat(cli.out().split("\"ruleId\": \"source-ip-on-private-api\"", -1)).hasSize(2);
    assertThat(run("baseline", "--output", "b.json")).isZero();
    assertThat(Files.readString(repo.resolve("b.json")).split("\"ruleId\": \"source-ip-on-private-api\"", -1)).hasSize(2);

    Files.writeString(repo.resolve("api.yaml"), PRIVATE_API + SECOND_CLAUSE);
    assertThat(run("check", "--baseline", "b.json")).isEqualTo(1);
    List<String> findings = cli.out().lines().filter(l -> l.startsWith("api.yaml:")).toList();
    assertThat(findings).singleElement().satisfies(line -> assertThat(line)
        .startsWith("api.yaml:33:17: error source-ip-on-private-api aws:SourceIp is never in the request context")
        .contains("this IpAddress condition is always false"));
  }

  @Test
  void movedLinesKeepTheirBaselineEntries() throws IOException {
    Files.writeString(repo.resolve("api.yaml"), PRIVATE_API);
    assertThat(run("baseline", "--output", "b.json")).isZero();
    Files.writeString(repo.resolve("api.yaml"), "AWSTemplateFormatVersion: \"2010-09-09\"\n\n" + PRIVATE_API);
    assertThat(run("check", "--baseline", "b.json")).isZero();
    assertThat(cli.out()).contains("No findings;");
  }

  @Test
  void aBaselineOfTheFormerFormatIsRefusedAndRegenerated() throws IOException {
    Files.writeString(repo.resolve("api.yaml"), PRIVATE_API);
    Files.writeString(repo.resolve("b.json"),
        "{\"version\": 1, \"findings\": [{\"fingerprint\": \"0123456789abcdef0123456789abcdef\", \"ruleId\":"
            + " \"source-ip-on-private-api\", \"file\": \"api.yaml\", \"message\": \"old\"}]}\n");
    assertThat(run("check", "--baseline", "b.json")).isEqualTo(2);
    assertThat(cli.err()).startsWith("apigw-lint: b.json: this baseline was written by an earlier apigw-lint"
        + " (format version 1)").contains("regenerate it with `apigw-lint baseline --output b.json`");
    assertThat(cli.out()).doesNotContain("No findings;");

    assertThat(run("baseline", "--output", "b.json")).isZero();
    assertThat(Files.readString(repo.resolve("b.json"))).startsWith("{\n  \"version\": 2,");
    assertThat(run("check", "--baseline", "b.json")).isZero();
  }

  private static String resource(String name) {
    try (var in = BaselineIdentityTest.class.getResourceAsStream("/baseline-identity/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int run(String... args) {
    return cli.run(repo, args);
  }
}
