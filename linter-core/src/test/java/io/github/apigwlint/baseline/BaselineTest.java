package io.github.apigwlint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Location;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

  private static Finding finding(String file, int line, String element) {
    return new Finding("test-rule", Severity.ERROR, "bad " + element, new Location(file, line, 1),
        new Subject(Subject.Kind.API, element, ""), List.of(), null);
  }

  @Test
  void writesAndReadsBackWithReasonAndExpiry() throws Exception {
    Baseline baseline = Baseline.of(
        List.of(finding("b.yaml", 3, "b#X"), finding("a.yaml", 9, "a#Y"), finding("a.yaml", 12, "a#Y")),
        null, "known", LocalDate.parse("2027-01-31"));
    assertThat(baseline.entries()).hasSize(2).extracting(Baseline.Entry::file).containsExactly("a.yaml", "b.yaml");
    StringWriter out = new StringWriter();
    BaselineFile.write(baseline, out);
    assertThat(out.toString()).startsWith("{\n  \"version\": 2,\n  \"findings\": [\n")
        .contains("\"subject\": \"api a#Y\"")
        .contains("\"expires\": \"2027-01-31\"").endsWith("}\n");
    assertThat(BaselineFile.parse(out.toString(), "b.json")).isEqualTo(baseline);
  }

  @Test
  void filterIgnoresLinesButNotElements() {
    Baseline baseline = Baseline.of(List.of(finding("a.yaml", 3, "a#X"), finding("a.yaml", 20, "a#Gone")), null, null, null);
    Baseline.Filtered filtered = baseline.filter(
        List.of(finding("a.yaml", 40, "a#X"), finding("a.yaml", 41, "a#New")), List.of(), LocalDate.parse("2026-01-01"));
    assertThat(filtered.reported()).extracting(f -> f.subject().element()).containsExactly("a#New");
    assertThat(filtered.baselined()).isEqualTo(1);
    assertThat(filtered.stale()).isEqualTo(1);
  }

  @Test
  void expiredEntriesAreReportedAgainTheDayAfter() {
    Baseline baseline = Baseline.of(List.of(finding("a.yaml", 3, "a#X")), null, null, LocalDate.parse("2026-03-01"));
    assertThat(baseline.filter(List.of(finding("a.yaml", 3, "a#X")), List.of(), LocalDate.parse("2026-03-01")).reported()).isEmpty();
    Baseline.Filtered later = baseline.filter(List.of(finding("a.yaml", 3, "a#X")), List.of(), LocalDate.parse("2026-03-02"));
    assertThat(later.reported()).hasSize(1);
    assertThat(later.expired()).isEqualTo(1);
  }

  @Test
  void regeneratingKeepsReasonsOfEntriesThatStillMatch() {
    Baseline old = new Baseline(List.of(new Baseline.Entry(
        "test-rule", "api a#X", "a.yaml", "bad", "ticket 7", LocalDate.parse("2030-01-01"))));
    Baseline fresh = Baseline.of(List.of(finding("a.yaml", 5, "a#X"), finding("a.yaml", 6, "a#Z")), old, "new", null);
    assertThat(fresh.entries()).extracting(Baseline.Entry::reason).containsExactlyInAnyOrder("ticket 7", "new");
  }

  @Test
  void badFilesAreClearErrors() {
    assertThatThrownBy(() -> BaselineFile.parse("[]", "b.json")).hasMessageContaining("b.json: not a baseline");
    assertThatThrownBy(() -> BaselineFile.parse(
            "{\"version\": 2, \"findings\": [{\"ruleId\": \"r\", \"subject\": \"api a#X\", \"expires\": \"soon\"}]}", "b.json"))
        .hasMessageContaining("is not a date");
    assertThatThrownBy(() -> BaselineFile.parse("{\"version\": 3, \"findings\": []}", "b.json"))
        .hasMessageContaining("version 3 is not supported");
  }

  @Test
  void anEntryWrittenUnderARuleIdSinceRenamedStillMatches() {
    Baseline old = new Baseline(List.of(new Baseline.Entry("old-rule", "api a#X", "a.yaml", "bad", null, null)));
    Baseline.Filtered filtered = old.filter(List.of(finding("a.yaml", 3, "a#X")), List.of(Renamed.class.getAnnotation(RuleInfo.class)),
        LocalDate.parse("2026-01-01"));
    assertThat(filtered.reported()).isEmpty();
    assertThat(filtered.baselined()).isEqualTo(1);
  }

  @RuleInfo(id = "test-rule", altIds = "old-rule", title = "t", severity = Severity.ERROR, category = "c", since = "0.1.0")
  private static final class Renamed {}

  @Test
  void aBaselineOfTheFormerFingerprintsIsRefusedWithHowToRegenerateIt() {
    String expected = "b.json: this baseline was written by an earlier apigw-lint (format version 1), whose fingerprints"
        + " do not identify findings one by one; regenerate it with `apigw-lint baseline --output b.json` and review"
        + " the new file (reasons and expiry dates are not carried over)";
    assertThatThrownBy(() -> BaselineFile.parse("{\"version\": 1, \"findings\": [{\"fingerprint\": \"x\"}]}", "b.json"))
        .isInstanceOf(OutdatedBaselineException.class)
        .hasMessage(expected);
    assertThatThrownBy(() -> BaselineFile.parse("{\"findings\": []}", "b.json")).hasMessage(expected);
  }

  @Test
  void theFingerprintIsTheIdentityNotTheWordsOrTheLine() {
    Finding before = finding("a.yaml", 3, "a#X");
    Finding moved = new Finding("test-rule", Severity.WARNING, "reworded", new Location("a.yaml", 30, 7),
        before.subject(), List.of(), "a fix").when("when condition C is true").inConstruct("Stack/X");
    assertThat(moved.identity()).isEqualTo(before.identity()).isEqualTo("test-rule api a#X");
    assertThat(moved.fingerprint()).isEqualTo(before.fingerprint());
    assertThat(finding("a.yaml", 3, "a#Y").fingerprint()).isNotEqualTo(before.fingerprint());
  }
}
