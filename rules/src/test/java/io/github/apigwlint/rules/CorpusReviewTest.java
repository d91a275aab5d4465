package io.github.apigwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apigwlint.rules.CorpusReview.Key;
import io.github.apigwlint.rules.CorpusReview.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReviewTest {

  private static final String HEADER = "# file\tline\trule\tverdict\treason\n";

  @TempDir Path dir;

  @Test
  void readsOneRowPerFileLineAndRule() throws IOException {
    CorpusReview review = read(HEADER + "a.yaml\t3\tpolicy-grammar\tFP\tthe statement is fine\n");

    assertThat(review.rows()).containsOnlyKeys(new Key("a.yaml", "3", "policy-grammar"));
    assertThat(review.rows().values()).singleElement().satisfies(row -> {
      assertThat(row.verdict()).isEqualTo(Verdict.FP);
      assertThat(row.reason()).isEqualTo("the statement is fine");
    });
  }

  @Test
  void aPastedRowStillWithoutVerdictIsRefused() {
    assertThatThrownBy(() -> read(HEADER + "a.yaml\t3\tpolicy-grammar\t?\tpolicy has no Statement\n"))
        .hasMessage("review.tsv:2: the verdict must be TP or FP, not \"?\"");
  }

  @Test
  void aRowWithoutReasonIsRefused() {
    assertThatThrownBy(() -> read(HEADER + "a.yaml\t3\tpolicy-grammar\tTP\t \n")).hasMessage("review.tsv:2: the reason is empty");
  }

  @Test
  void aRowWithTooFewColumnsIsRefused() {
    assertThatThrownBy(() -> read(HEADER + "a.yaml\t3\tTP\tright\n"))
        .hasMessageStartingWith("review.tsv:2: expected file, line, rule, verdict and reason separated by tabs");
  }

  @Test
  void aSecondRowForTheSameFindingsIsRefused() {
    assertThatThrownBy(() -> read(HEADER + "a.yaml\t3\tpolicy-grammar\tTP\tright\na.yaml\t3\tpolicy-grammar\tFP\twrong\n"))
        .hasMessage("review.tsv:3: a second row for a.yaml\t3\tpolicy-grammar");
  }

  private CorpusReview read(String text) throws IOException {
    Path file = dir.resolve("review.tsv");
    Files.writeString(file, text);
    return CorpusReview.read(file);
  }
}
