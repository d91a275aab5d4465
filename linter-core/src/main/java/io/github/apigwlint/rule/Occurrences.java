package io.github.apigwlint.rule;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells apart the findings of one rule that stand on one subject and that the input gives no other
 * name (two problems of one value, two values a generated statement writes at its source), by the
 * order the rule meets them in: the first keeps the subject, the next ones get {@code #2}, {@code #3}.
 */
public final class Occurrences {

  private final Map<Subject, Integer> seen = new HashMap<>();

  public Subject next(Subject subject) {
    int n = seen.merge(subject, 1, Integer::sum);
    return n == 1 ? subject : subject.property("#" + n);
  }
}
