package io.github.apigwlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The parameter table of the README's "Maven plugin" section is generated from the plugin
 * descriptor that maven-plugin-plugin writes from the {@code @Parameter} annotations, so it is never
 * kept by hand. Run with {@code -Dreadme.update=true} to rewrite it.
 */
class ReadmeParametersTest {

  static final String BEGIN = "<!-- parameters:begin (generated from the plugin descriptor by"
      + " ReadmeParametersTest; rewrite with ./mvnw -pl linter-maven-plugin -am test -Dreadme.update=true) -->";
  static final String END = "<!-- parameters:end -->";

  @Test
  void readmeListsTheParametersOfTheDescriptor() throws Exception {
    Path readme = Path.of(System.getProperty("readme.file"));
    Path descriptor = Path.of(System.getProperty("plugin.descriptor"));
    String table = table(descriptor);
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertThat(begin).as("README has the marker " + BEGIN).isNotNegative();
    assertThat(end).as("README has the marker " + END).isGreaterThan(begin);
    String current = text.substring(begin + BEGIN.length(), end);
    String wanted = "\n" + table;
    if (Boolean.getBoolean("readme.update") && !current.equals(wanted)) {
      Files.writeString(readme, text.substring(0, begin + BEGIN.length()) + wanted + text.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(current)
        .as("README's parameter table is out of date: run with -Dreadme.update=true")
        .isEqualTo(wanted);
  }

  @Test
  void everyUserParameterIsListed() throws Exception {
    String table = table(Path.of(System.getProperty("plugin.descriptor")));
    for (String name : List.of("skip", "sourceDirectories", "includes", "excludes", "failOnSeverity",
        "failOnViolation", "maxAllowedViolations", "consoleOutput", "formats", "outputFiles", "outputDirectory",
        "configFile", "baselineFile", "enableRules", "disableRules", "rules", "useCache")) {
      assertThat(table).contains("| `" + name + "` |");
    }
    assertThat(table).doesNotContain("`project`", "`session`", "`plugin`");
    assertThat(table).contains("| `skip` | boolean | `apigw-lint.skip` | `false` |");
  }

  /** A Markdown table of the check goal's parameters that a user may set. */
  static String table(Path descriptor) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(descriptor.toFile());
    Element mojo = null;
    NodeList mojos = document.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element candidate = (Element) mojos.item(i);
      if ("check".equals(text(candidate, "goal"))) {
        mojo = candidate;
      }
    }
    assertThat(mojo).as("goal check in " + descriptor).isNotNull();
    Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);

    List<String> rows = new ArrayList<>();
    rows.add("| Parameter | Type | User property | Default | Description |");
    rows.add("| --- | --- | --- | --- | --- |");
    NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
        .getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      if (!"true".equals(text(parameter, "editable"))) {
        continue;
      }
      String name = text(parameter, "name");
      String property = "";
      String defaultValue = "";
      NodeList values = configuration.getElementsByTagName(name);
      if (values.getLength() > 0) {
        Element value = (Element) values.item(0);
        String expression = value.getTextContent().trim();
        if (expression.startsWith("${") && expression.endsWith("}")) {
          property = "`" + expression.substring(2, expression.length() - 1) + "`";
        }
        if (value.hasAttribute("default-value")) {
          defaultValue = "`" + value.getAttribute("default-value") + "`";
        }
      }
      rows.add("| `" + name + "` | " + simpleType(text(parameter, "type")) + " | " + property + " | "
          + defaultValue + " | " + cell(text(parameter, "description")) + " |");
    }
    return String.join("\n", rows) + "\n";
  }

  private static String text(Element parent, String child) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(child)) {
        return element.getTextContent();
      }
    }
    return "";
  }

  private static String simpleType(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static String cell(String description) {
    return description.strip().replaceAll("\\s+", " ").replace("|", "\\|");
  }
}
