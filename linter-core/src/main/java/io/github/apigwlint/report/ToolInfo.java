package io.github.apigwlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What reports say about the tool itself.
 *
 * @param ruleDocsUri where rule doc pages live; a rule's page is this followed by {@code <id>.md}
 */
public record ToolInfo(String name, String version, String informationUri, String ruleDocsUri) {

  public static final String NAME = "apigw-lint";

  private static final String RESOURCE = "/io/github/apigwlint/apigw-lint.properties";

  /** This build's version and links, from the properties Maven filled in. */
  public static ToolInfo current() {
    Properties properties = buildProperties();
    return new ToolInfo(
        NAME,
        properties.getProperty("version"),
        properties.getProperty("informationUri"),
        properties.getProperty("ruleDocsUri"));
  }

  /**
   * What {@code --version} prints: {@code apigw-lint 0.1.0 (commit 3bc221f, built 2026-12-07)}. The
   * reports carry only the plain version, which is what SARIF consumers compare.
   */
  public static String versionLine() {
    Properties properties = buildProperties();
    return NAME
        + " "
        + properties.getProperty("version")
        + " (commit "
        + properties.getProperty("commit")
        + ", built "
        + properties.getProperty("builtOn")
        + ")";
  }

  public String ruleDocUri(String ruleId) {
    return ruleDocsUri + ruleId + ".md";
  }

  private static Properties buildProperties() {
    Properties properties = new Properties();
    try (InputStream in = ToolInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
