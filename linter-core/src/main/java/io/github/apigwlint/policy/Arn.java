package io.github.apigwlint.policy;

import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ARN split into its six colon-separated parts. Colons inside symbol tokens do not split, so a
 * symbolic account or region stays one segment.
 */
public record Arn(String partition, String service, String region, String account, String resource) {

  private static final Memo<Optional<Arn>> PARSED = new Memo<>(Arn::split);

  /** Parses {@code arn:partition:service:region:account:resource}; empty when it is not an ARN. */
  public static Optional<Arn> parse(String text) {
    return PARSED.get(text);
  }

  private static Optional<Arn> split(String text) {
    List<String> parts = segments(text);
    if (parts.size() != 6 || !parts.get(0).equals("arn")) {
      return Optional.empty();
    }
    return Optional.of(new Arn(parts.get(1), parts.get(2), parts.get(3), parts.get(4), parts.get(5)));
  }

  /** Splits at the first five colons outside symbol tokens; the rest is the resource part. */
  static List<String> segments(String text) {
    List<String> parts = new ArrayList<>(6);
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length() && parts.size() < 5; i++) {
      char c = text.charAt(i);
      if (c == Symbols.OPEN) {
        depth++;
      } else if (c == Symbols.CLOSE) {
        depth = Math.max(0, depth - 1);
      } else if (c == ':' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  public List<String> parts() {
    return List.of("arn", partition, service, region, account, resource);
  }

  @Override
  public String toString() {
    return String.join(":", parts());
  }
}
