package io.github.apigwlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.report.Summary;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Location;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class LogLinesTest {

  /** Records what Maven's console would show: the level in brackets, then the message. */
  static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
      lines.add("[ERROR] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[WARNING] " + content);
    }

    @Override
    public void info(CharSequence content) {
      lines.add("[INFO] " + content);
    }
  }

  private static Finding finding(Severity severity, Location location) {
    return new Finding("private-api-without-policy", severity, "OrdersApi is PRIVATE but has no resource policy",
        location, Subject.file(location.file()), List.of(), null);
  }

  @Test
  void findingLineIsPathLineColumnRuleMessage() {
    assertThat(LogLines.finding(finding(Severity.ERROR, new Location("infra/api.yaml", 12, 5))))
        .isEqualTo("infra/api.yaml:12:5 private-api-without-policy OrdersApi is PRIVATE but has no resource policy");
  }

  @Test
  void wholeFileFindingHasNoLineOrColumn() {
    assertThat(LogLines.finding(finding(Severity.ERROR, Location.ofFile("infra/broken.json"))))
        .isEqualTo("infra/broken.json private-api-without-policy OrdersApi is PRIVATE but has no resource policy");
  }

  @Test
  void severitiesGoToMavenLevels() {
    RecordingLog log = new RecordingLog();
    for (Severity severity : Severity.values()) {
      LogLines.log(log, new CachedResult.Line(severity, "a.yaml:1:2 rule-" + severity.label() + " m"));
    }
    assertThat(log.lines).containsExactly(
        "[ERROR] a.yaml:1:2 rule-error m",
        "[WARNING] a.yaml:1:2 rule-warning m",
        "[INFO] a.yaml:1:2 rule-note m");
  }

  @Test
  void summaryCountsFindingsAndFiles() {
    assertThat(LogLines.summary(new Summary(2, 1, 0, 2, 7)))
        .isEqualTo("apigw-lint: 2 errors, 1 warning, 0 notes in 2 files; 7 files checked");
    assertThat(LogLines.summary(new Summary(0, 0, 0, 0, 1)))
        .isEqualTo("apigw-lint: no findings; 1 file checked");
  }
}
