package io.github.apigwlint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunsTest {

  @Test
  void everyGoalOfTheIssueIsHeldToItsLimit() {
    Runs runs = new Runs(
        row(10, 785, 4),
        row(10.4, 700, 4),
        row(150, 900, 30),
        10,
        row(11.5, 250, 4),
        row(0.39, 60, 0.3),
        row(0.95, 60, 0.3));

    assertThat(runs.goals()).extracting(Goal::line).containsExactly(
        "- FAIL: corpus ≤ 2× the bare-parse floor (measured: 2.50×)",
        "- PASS: flat copy ≤ 1.0× the tree (5% allowed for noise: ≤ 1.05×) (measured: 1.04×)",
        "- FAIL: 10 copies ≤ 10× one copy (measured: 15.00×)",
        "- FAIL: peak RSS ≤ 256 MB on the corpus (measured: 785.00 MB)",
        "- FAIL: `-Xmx256m` ≤ 1.10× the default heap (measured: 1.15×)",
        "- PASS: one small file ≤ 0.4 s through the launcher (measured: 0.39 s)",
        "- FAIL: one small file ≤ 0.9 s with plain `java -jar` (measured: 0.95 s)");
  }

  @Test
  void aRunStoppedBelowTheLimitTellsNothingAndOneAboveItFails() {
    Measurement oneCopy = Measurement.finished(100, Optional.empty());

    assertThat(Runs.ratio("10 copies ≤ 10×", Measurement.stoppedAfter(900), oneCopy, 10).line())
        .isEqualTo("- n/a: 10 copies ≤ 10× (measured: not finished, ≥ 9.00×)");
    assertThat(Runs.ratio("10 copies ≤ 10×", Measurement.stoppedAfter(1200), oneCopy, 10).line())
        .isEqualTo("- FAIL: 10 copies ≤ 10× (measured: 12.00×)");
  }

  @Test
  void withoutTimeThePeakIsNotJudged() {
    Row noUsage = new Row("x", Measurement.finished(1, Optional.empty()), Optional.of(Measurement.finished(1, Optional.empty())));
    Runs runs = new Runs(noUsage, noUsage, noUsage, 2, noUsage, noUsage, noUsage);

    assertThat(runs.goals()).extracting(Goal::line)
        .contains("- n/a: peak RSS ≤ 256 MB on the corpus (measured: n/a without /usr/bin/time)");
  }

  private static Row row(double wall, double peak, double floorWall) {
    return new Row("work", Measurement.finished(wall, Optional.of(new TimeReport(wall, peak))),
        Optional.of(Measurement.finished(floorWall, Optional.of(new TimeReport(floorWall, 100)))));
  }

  @Test
  void theMedianIsTakenOfEachFigureOnItsOwn() {
    Measurement median = Measurement.median(List.of(
        Measurement.finished(3, Optional.of(new TimeReport(1, 300))),
        Measurement.finished(1, Optional.of(new TimeReport(3, 100))),
        Measurement.finished(2, Optional.of(new TimeReport(2, 200)))));

    assertThat(median).isEqualTo(Measurement.finished(2, Optional.of(new TimeReport(2, 200))));
  }
}
