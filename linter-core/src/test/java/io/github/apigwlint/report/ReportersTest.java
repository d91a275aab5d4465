package io.github.apigwlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.RuleDocs;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ReportersTest {

  private static final Reporter TEXT = new TextReporter();
  private static final Reporter JSON = new JsonReporter(SampleResult.TOOL);
  private static final Reporter SARIF =
      new SarifReporter(
          SampleResult.TOOL,
          new RuleDocs(ReportersTest.class.getClassLoader()),
          URI.create("file:///repo/"));

  @Test
  void text() throws IOException {
    GoldenFiles.assertMatches(render(TEXT, SampleResult.create()), "sample.txt");
  }

  @Test
  void json() throws IOException {
    GoldenFiles.assertMatches(render(JSON, SampleResult.create()), "sample.json");
  }

  @Test
  void sarif() throws IOException {
    GoldenFiles.assertMatches(render(SARIF, SampleResult.create()), "sample.sarif");
  }

  @Test
  void github() throws IOException {
    GoldenFiles.assertMatches(render(new GithubReporter(), SampleResult.create()), "sample.github.txt");
  }

  @Test
  void junit() throws IOException {
    GoldenFiles.assertMatches(render(new JunitReporter(), SampleResult.create()), "sample.junit.xml");
  }

  @Test
  void gitlab() throws IOException {
    GoldenFiles.assertMatches(render(new GitlabReporter(), SampleResult.create()), "sample.gitlab.json");
  }

  @Test
  void markdown() throws IOException {
    GoldenFiles.assertMatches(
        render(new MarkdownReporter(SampleResult.TOOL), SampleResult.create()), "sample.md");
  }

  @Test
  void emptyRunsInEveryCiFormat() throws IOException {
    assertThat(render(new GithubReporter(), SampleResult.empty())).isEqualTo("apigw-lint: No findings; 0 files checked\n");
    assertThat(render(new GitlabReporter(), SampleResult.empty())).isEqualTo("[]\n");
    assertThat(render(new MarkdownReporter(SampleResult.TOOL), SampleResult.empty()))
        .isEqualTo("## apigw-lint\n\nNo findings in 0 files checked.\n");
    assertThat(render(new JunitReporter(), SampleResult.empty()))
        .contains("<testsuites name=\"apigw-lint\" tests=\"0\" failures=\"0\"");
  }

  @Test
  void githubEscapesDataAndProperties() {
    assertThat(Escaping.workflowData("100% done\r\nnext: a,b")).isEqualTo("100%25 done%0D%0Anext: a,b");
    assertThat(Escaping.workflowProperty("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
  }

  @Test
  void junitEscapesMarkupAndShowsInvalidCharacters() {
    assertThat(Escaping.xmlAttribute("<a & \"b\">\n")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;&#10;");
    assertThat(Escaping.xml("x\u0001y\uD800z")).isEqualTo("x\\u0001y\\uD800z");
  }

  @Test
  void gitlabSeverities() {
    assertThat(GitlabReporter.severity(io.github.apigwlint.rule.Severity.ERROR, new SampleResult.OpenToAnyVpce().info()))
        .isEqualTo("blocker");
    assertThat(GitlabReporter.severity(io.github.apigwlint.rule.Severity.ERROR, new SampleResult.Placeholder().info()))
        .isEqualTo("critical");
    assertThat(GitlabReporter.severity(io.github.apigwlint.rule.Severity.NOTE, null)).isEqualTo("minor");
  }

  @Test
  void sarifWithoutFindings() throws IOException {
    GoldenFiles.assertMatches(render(SARIF, SampleResult.empty()), "empty.sarif");
  }

  @Test
  void textWithoutFindings() throws IOException {
    assertThat(render(TEXT, SampleResult.empty())).isEqualTo("No findings; 0 files checked\n");
  }

  @Test
  void outputIsTheSameOnEveryRun() throws IOException {
    assertThat(render(SARIF, SampleResult.create())).isEqualTo(render(SARIF, SampleResult.create()));
  }

  @Test
  void sarifUrisArePercentEncodedWithForwardSlashes() {
    assertThat(SarifReporter.percentEncode("a dir/ü#1.json")).isEqualTo("a%20dir/%C3%BC%231.json");
  }

  @Test
  void sarifRuleNamesArePascalCase() {
    assertThat(SarifReporter.pascalCase("private-api-open-to-any-vpce"))
        .isEqualTo("PrivateApiOpenToAnyVpce");
  }

  @Test
  void summaryCountsBySeverityAndFile() {
    Summary summary = Summary.of(SampleResult.create());
    assertThat(summary).isEqualTo(new Summary(1, 1, 1, 2, 2));
    assertThat(summary.sentence()).isEqualTo("1 error, 1 warning, 1 note in 2 files; 2 files checked");
  }

  @Test
  void toolInfoCarriesTheBuildVersion() {
    assertThat(ToolInfo.current().version()).isNotBlank().doesNotContain("${");
  }

  static String render(Reporter reporter, LintResult result) throws IOException {
    StringWriter out = new StringWriter();
    reporter.write(result, out);
    return out.toString();
  }
}
