package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The answers of {@code apigw-lint access} for APIs of the application corpus ({@code
 * ../shared/corpus/apps}, or {@code -Dapigwlint.corpus=PATH} for the corpus folder) that were read by
 * hand against AWS's rules ({@code access-snapshots/REVIEW.md}). Each case of {@code
 * access-snapshots/cases.tsv} runs the command in the application's folder as a user would, and
 * compares the text it prints for one API, the element the JSON format names, with {@code
 * access-snapshots/<id>.txt}. Regenerate with {@code -Dapigwlint.updateAccessSnapshots=true} and
 * compare the diff with the review. Skipped when the corpus is not there.
 */
class AccessSnapshotTest {

  private static final Path SNAPSHOTS = Path.of("src/test/resources/access-snapshots");
  private static final boolean UPDATE = Boolean.getBoolean("apigwlint.updateAccessSnapshots");

  /** One API: {@code access PATH} run in {@code app}, and the element that names the API in the JSON output. */
  record Case(String id, String app, String path, String element) {

    static Case parse(String line) {
      String[] columns = line.split("\t");
      if (columns.length != 4) {
        throw new IllegalArgumentException("cases.tsv: expected id, app, path, element: " + line);
      }
      return new Case(columns[0], columns[1], columns[2], columns[3]);
    }

    String invocation() {
      return "access " + path;
    }
  }

  /** What the command printed for one invocation: the text report cut into its APIs, and their elements. */
  record Output(List<String> apis, List<String> elements) {

    String of(Case c) {
      List<Integer> matches =
          IntStream.range(0, elements.size()).filter(i -> c.element().equals(elements.get(i))).boxed().toList();
      assertThat(matches)
          .as("%s in %s names the API %s; it names: %s", c.invocation(), c.app(), c.element(), elements)
          .isNotEmpty();
      return String.join("", matches.stream().map(apis::get).toList());
    }
  }

  private final Map<String, Output> outputs = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> accessAnswersMatchTheReviewedSnapshots() throws IOException {
    Path corpus = Path.of(System.getProperty("apigwlint.corpus", "../../shared/corpus"));
    Path apps = corpus.resolve("apps").toAbsolutePath().normalize();
    if (!Files.isDirectory(apps)) {
      String absent = "corpus folder " + apps + " is absent: access snapshots skipped";
      return Stream.of(DynamicTest.dynamicTest("corpus", () -> Assumptions.assumeTrue(false, absent)));
    }
    List<Case> cases = Files.readAllLines(SNAPSHOTS.resolve("cases.tsv")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(Case::parse)
        .toList();
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c, apps)));
  }

  private void check(Case c, Path apps) throws IOException {
    String invocation = c.app() + "\t" + c.path();
    String actual = outputs.computeIfAbsent(invocation, key -> run(apps.resolve(c.app()), c.path())).of(c);
    Path expected = SNAPSHOTS.resolve(c.id() + ".txt");
    if (UPDATE) {
      Files.writeString(expected, actual);
    }
    assertThat(actual)
        .as("%s: run with -Dapigwlint.updateAccessSnapshots=true and compare the diff with REVIEW.md", c.id())
        .isEqualTo(Files.readString(expected));
  }

  private static Output run(Path app, String path) {
    RealCli cli = new RealCli();
    String text = command(cli, app, "access", path);
    String json = command(cli, app, "access", "--format", "json", path);
    List<String> apis = blocks(text);
    List<String> elements = elements(json);
    assertThat(apis).as("the text and JSON formats list the same APIs").hasSameSizeAs(elements);
    return new Output(apis, elements);
  }

  private static String command(RealCli cli, Path app, String... args) {
    int exit = cli.run(app, args);
    assertThat(exit)
        .as("exit status of %s in %s; standard error: %s", String.join(" ", args), app, cli.err())
        .isEqualTo(ExitCodes.CLEAN);
    return cli.out();
  }

  /** The text report ends every API with an empty line, and has none inside one. */
  private static List<String> blocks(String text) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      block.append(line).append('\n');
      if (line.isEmpty()) {
        if (block.length() > 1) {
          blocks.add(block.toString());
        }
        block.setLength(0);
      }
    }
    return blocks;
  }

  /** The {@code element} of every entry of {@code apis}, in order. */
  private static List<String> elements(String json) {
    List<String> elements = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> {
            // {"apis": [ {"element": ...} ]}: an API's fields are at depth 3
            if (depth == 3 && parser.currentName().equals("element")) {
              elements.add(parser.nextTextValue());
            }
          }
          default -> { }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("access --format json printed no JSON", e);
    }
    return elements;
  }
}
