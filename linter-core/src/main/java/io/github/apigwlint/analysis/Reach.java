package io.github.apigwlint.analysis;

import io.github.apigwlint.access.summary.AccessCell;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.source.Symbols;
import java.util.Comparator;
import java.util.List;

/**
 * The (stage, method) pairs of one API where a question of a rule holds, each with one cell of calls
 * it holds for. Pairs are ordered by stage name, then by method as declared, so what a rule reports
 * from them does not depend on the order a template declares its stages in.
 *
 * @param stageCount how many stages the API has, to tell "some stages" from "all of them"
 */
public record Reach(List<Pair> pairs, int stageCount) {

  /** One (stage, method) pair and a cell of calls that fare as the question asks. */
  public record Pair(MethodAccess method, AccessCell cell) {}

  public Reach {
    pairs = pairs.stream().sorted(Comparator.comparing(p -> Symbols.render(p.method().stage()))).toList();
  }

  public boolean isEmpty() {
    return pairs.isEmpty();
  }

  public Pair first() {
    return pairs.get(0);
  }

  /** The pairs of one method. */
  public Reach of(Method method) {
    return new Reach(pairs.stream().filter(p -> p.method().method().equals(method)).toList(), stageCount);
  }

  /** The methods, each once, in declared order. */
  public List<Method> methods() {
    return pairs.stream().map(p -> p.method().method()).distinct().toList();
  }

  /** The stage names, each once, sorted. */
  public List<String> stages() {
    return pairs.stream().map(p -> Symbols.render(p.method().stage())).distinct().toList();
  }

  /**
   * Words for a message after the methods: {@code " in stage dev"}, {@code " in stages dev, test"};
   * nothing when the API has one stage or none, which then needs no naming.
   */
  public String inStages() {
    return inStages(stages(), stageCount);
  }

  /** {@link #inStages()} for stage names a rule gathered otherwise. */
  public static String inStages(List<String> stages, int stageCount) {
    if (stageCount <= 1 || stages.isEmpty()) {
      return "";
    }
    return (stages.size() == 1 ? " in stage " : " in stages ") + String.join(", ", stages.stream().sorted().toList());
  }
}
