package io.github.apigwlint.samoracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The committed list of pairs where reading the SAM input and reading the CloudFormation SAM
 * generates from it may disagree, each with why: {@code pair<TAB>aspect<TAB>reason}, where the
 * aspect is {@code stages} (the stage names differ), {@code model} (APIs, methods, authorization,
 * domains or access differ beyond stage names) or {@code finding <rule-id>} (a finding of that rule on
 * one side only).
 */
record KnownSamDifferences(Map<String, String> reasons) {

  static KnownSamDifferences load(Path file) throws IOException {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 3 || cells[2].isBlank()) {
        throw new IllegalArgumentException(file + ": want pair, aspect and reason separated by tabs: " + line);
      }
      if (reasons.put(key(cells[0], cells[1]), cells[2]) != null) {
        throw new IllegalArgumentException(file + ": twice: " + line);
      }
    }
    return new KnownSamDifferences(reasons);
  }

  static String key(String pair, String aspect) {
    return pair + "\t" + aspect;
  }

  String reason(String pair, String aspect) {
    return reasons.get(key(pair, aspect));
  }
}
