package io.github.apigwlint.source;

/**
 * Parses a JSON document written as a string value of another file (a CloudFormation {@code Policy}
 * string, a YAML block scalar), placing every inner value at its line and column in the outer file
 * where the string's raw text can be followed character by character, else at the string itself.
 */
public final class EmbeddedJson {

  private EmbeddedJson() {}

  public static Node parse(ScalarNode string, SourceFile outer) throws SourceParseException {
    String text = outer.content();
    LineIndex lines = text == null ? null : new LineIndex(text);
    int[] rawOffsets = lines == null ? null : ScalarSourceMap.rawOffsets(string, outer.yaml(), lines);
    JsonLoader.Locator locator =
        rawOffsets == null
            ? (offset, line, column) -> string.location()
            : (offset, line, column) ->
                lines.location(string.location().file(), rawOffsets[(int) Math.min(offset, rawOffsets.length - 1)]);
    return JsonLoader.parse(string.text(), locator, string.pointer());
  }

  /**
   * Parses JSON written verbatim in a file (a Terraform heredoc): value line {@code n} stands on
   * file line {@code firstLine + n - 1}, every column shifted by {@code indent} (what {@code <<-}
   * strips).
   */
  public static Node parseVerbatim(String text, String file, int firstLine, int indent, String pointer)
      throws SourceParseException {
    return JsonLoader.parse(text, (offset, line, column) -> new Location(file, firstLine + line - 1, column + indent), pointer);
  }
}
