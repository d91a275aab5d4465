package io.github.apigwlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.RuleDocs;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Format;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Text from the input reaches the reader as text: a finding whose message and file name carry a
 * terminal escape, a line break before a workflow command, a pipe, HTML, a CDATA end and every C0
 * control is shown, not obeyed, by every report format.
 */
class EscapingTest {

  static final String CONTROLS;

  static {
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    CONTROLS = controls.toString();
  }

  static final String HOSTILE = "\u001b[31mred\n::error::forged | <script>alert(1)</script> ]]> *b* [x](y) `c` "
      + CONTROLS + "\u009b1m\u007f";

  private static final String FILE = "t\u001b[2J\n::error::x|<i>.yaml";

  static LintResult hostile() {
    Finding finding = new Finding(
        "policy-placeholder", Severity.ERROR, "Value " + HOSTILE + " is odd.", new Location(FILE, 1, 3),
        Subject.file(FILE), List.of(new Finding.Related(new Location(FILE, 1, 1), HOSTILE)), "Use " + HOSTILE);
    String text = "a: \"\u001b[31m\"\n";
    return new LintResult(List.of(finding), List.of(new SampleResult.Placeholder().info()),
        Map.of(FILE, new SourceFile(Path.of("t.yaml"), FILE, text, true, Format.CLOUDFORMATION, null)), List.of());
  }

  private static String render(Reporter reporter) throws IOException {
    return ReportersTest.render(reporter, hostile());
  }

  /** No control character but line feed (and tab, which the input's source lines keep) reaches the reader. */
  private static void assertNoControls(String output) {
    assertThat(output.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)))
        .as("control characters in %s", output).isEmpty();
  }

  @Test
  void textShowsControlCharactersAsEscapes() throws IOException {
    String text = render(new TextReporter());
    assertNoControls(text);
    assertThat(text).contains("\\x1b[31mred\\x0a::error::forged | <script>", "\\x00\\x01", "\\x9b1m\\x7f",
        "t\\x1b[2J\\x0a::error::x|<i>.yaml:1:3: error policy-placeholder Value ");
    assertThat(text.lines()).noneMatch(line -> line.startsWith("::"));
    assertThat(text).contains("     1 | a: \"\\x1b[31m\"\n       |   ^\n");
  }

  @Test
  void githubAnnotationsCannotStartACommandOfTheirOwn() throws IOException {
    String annotations = render(new GithubReporter());
    assertNoControls(annotations);
    assertThat(annotations.lines()).hasSize(2).noneMatch(line -> line.startsWith("::error::"));
    assertThat(annotations.lines().findFirst().orElseThrow())
        .startsWith("::error file=t\\x1b[2J%0A%3A%3Aerror%3A%3Ax|<i>.yaml,line=1,col=3,title=")
        .contains("::Value \\x1b[31mred%0A::error::forged | <script>");
  }

  @Test
  void markdownShowsMarkupAsText() throws IOException {
    String markdown = render(new MarkdownReporter(SampleResult.TOOL));
    assertNoControls(markdown);
    assertThat(markdown).doesNotContain("<script>").contains(
        "\\x1b\\[31mred<br>::error::forged \\| \\<script\\>alert(1)\\</script\\> \\]\\]\\> \\*b\\* \\[x\\](y) \\`c\\`");
    String row = markdown.lines().filter(line -> line.startsWith("| error | [")).findFirst().orElseThrow();
    assertThat(row.replace("\\\\", "").replace("\\|", "").chars().filter(c -> c == '|')).hasSize(5);
    assertThat(row).contains("| `t\\x1b[2J\\x0a::error::x\\|<i>.yaml:1:3` |");
  }

  @Test
  void junitIsWellFormedXmlThatShowsWhatXmlCannotCarry() throws Exception {
    String xml = render(new JunitReporter());
    Element failure = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .startsWith("Value \\x1b[31mred\\x0a::error::forged | <script>alert(1)</script> ]]> ")
        .contains("\\x00\\x01", "\\x9b1m\\x7f");
    assertThat(failure.getTextContent()).contains("Use \\x1b[31mred\n       ::error::forged");
    assertThat(Escaping.xml("a\u0001\uD800\uFFFE")).isEqualTo("a\\u0001\\uD800\\uFFFE");
  }

  @Test
  void jsonFormatsCarryTheMessageExactly() throws IOException {
    String message = "Value " + HOSTILE + " is odd.";
    assertThat(strings(render(new JsonReporter(SampleResult.TOOL)))).contains(message, FILE);
    assertThat(strings(render(new SarifReporter(SampleResult.TOOL, new RuleDocs(EscapingTest.class.getClassLoader()),
        URI.create("file:///repo/"))))).anyMatch(text -> text.startsWith(message));
    assertThat(strings(render(new GitlabReporter()))).anyMatch(text -> text.contains(message));
  }

  /** Every string of a JSON document, which must parse. */
  private static List<String> strings(String json) throws IOException {
    List<String> strings = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          strings.add(parser.getText());
        }
      }
    }
    return strings;
  }

  @Test
  void eachFamilyEscapesAsItsReaderNeeds() {
    assertThat(Escaping.terminal("a\u001b[1m\tb\nc\u0085")).isEqualTo("a\\x1b[1m\tb\nc\\x85");
    assertThat(Escaping.line("a\nb\r")).isEqualTo("a\\x0ab\\x0d");
    assertThat(Escaping.workflowData("50%\r\n::error::x")).isEqualTo("50%25%0D%0A::error::x");
    assertThat(Escaping.markdown("a|b_c\\d\n<e>")).isEqualTo("a\\|b\\_c\\\\d<br>\\<e\\>");
    assertThat(Escaping.xml("]]>\u0000")).isEqualTo("]]&gt;\\u0000");
  }
}
