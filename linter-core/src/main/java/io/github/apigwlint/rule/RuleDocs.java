package io.github.apigwlint.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The doc pages of rules, carried as class path resources next to the rules that they describe,
 * so that a rule pack from another jar brings its own pages.
 */
public final class RuleDocs {

  /** {@link RuleIndex#pageHeader}'s line. */
  private static final Pattern METADATA_LINE = Pattern.compile("Severity: [^\\n]* · Category: ");

  public static final String FOLDER = "io/github/apigwlint/rules/docs/";

  private final ClassLoader loader;

  public RuleDocs(ClassLoader loader) {
    this.loader = loader;
  }

  /** The Markdown page of the rule, if its jar carries one. */
  public Optional<String> page(String ruleId) {
    try (InputStream in = loader.getResourceAsStream(FOLDER + ruleId + ".md")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first paragraph of a page that is neither a heading nor the metadata line under the title, as one line. */
  public static Optional<String> firstParagraph(String markdown) {
    for (String block : markdown.split("\\R\\s*\\R")) {
      String text = block.strip();
      if (!text.isEmpty() && !text.startsWith("#") && !METADATA_LINE.matcher(text).lookingAt()) {
        return Optional.of(text.replaceAll("\\s*\\R\\s*", " "));
      }
    }
    return Optional.empty();
  }
}
