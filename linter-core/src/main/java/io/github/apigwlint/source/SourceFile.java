package io.github.apigwlint.source;

import java.nio.file.Path;

/**
 * A parsed input file.
 *
 * @param path where it was read from
 * @param displayPath the path shown to users and written in reports (relative to the working
 *     directory where possible, with {@code /} separators)
 * @param text the whole text, for source lines in reports and for re-parsing embedded JSON strings
 * @param yaml whether the text is YAML (else JSON)
 */
public record SourceFile(Path path, String displayPath, String text, boolean yaml, Format format, Node root) {}
