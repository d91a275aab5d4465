package io.github.apigwlint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeReportTest {

  @Test
  void cpuIsUserPlusSystemAndThePeakIsInMegabytes() {
    assertThat(TimeReport.parse("17.25 1.25 803840\n")).contains(new TimeReport(18.5, 785.0));
  }

  @Test
  void theLineAFailedCommandAddsIsSkipped() {
    assertThat(TimeReport.parse("Command exited with non-zero status 1\n0.50 0.25 82688\n"))
        .contains(new TimeReport(0.75, 80.75));
  }

  @Test
  void noReportIsEmpty() {
    assertThat(TimeReport.parse("")).isEmpty();
    assertThat(TimeReport.parse("Command terminated by signal 9\n")).isEmpty();
  }
}
