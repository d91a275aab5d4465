package io.github.apigwlint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableTest {

  private static final Measurement LINTER = Measurement.finished(9.5, Optional.of(new TimeReport(18.5, 785)));
  private static final Measurement FLOOR = Measurement.finished(2.5, Optional.of(new TimeReport(4.6, 305)));

  @Test
  void eachRowShowsBothRunsAndTheirRatioThenTheGoalsAndNotes() {
    String table = Table.markdown(
        List.of(
            new Row("the corpus", LINTER, Optional.of(FLOOR)),
            new Row("one file", Measurement.finished(0.4321, Optional.empty()), Optional.empty()),
            new Row("10 copies", Measurement.stoppedAfter(900), Optional.of(FLOOR))),
        List.of(Goal.atMost("corpus ≤ 2× the floor", 3.8, 2, "×"), Goal.unknown("peak RSS ≤ 256 MB", "n/a")),
        List.of("cfn-guard: not installed"));

    assertThat(table).isEqualTo("""
        | work | apigw-lint (a peer in its row) wall / cpu / peak RSS | floor wall / cpu / peak RSS | ratio |
        | --- | --- | --- | --- |
        | the corpus | 9.50 s / 18.5 s / 785 MB | 2.50 s / 4.60 s / 305 MB | 3.8× |
        | one file | 0.43 s / n/a / n/a | — | — |
        | 10 copies | not finished after 900.0 s | 2.50 s / 4.60 s / 305 MB | ≥ 360.0× |

        - FAIL: corpus ≤ 2× the floor (measured: 3.80×)
        - n/a: peak RSS ≤ 256 MB (measured: n/a)

        cfn-guard: not installed
        """);
  }
}
