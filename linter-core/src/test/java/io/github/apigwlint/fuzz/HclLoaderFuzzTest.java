package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apigwlint.source.HclLoader;
import io.github.apigwlint.source.SourceParseException;

/** {@link HclLoader} (a {@code .tf} file): any text gives a located tree or a {@link SourceParseException}. */
class HclLoaderFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void parse(byte[] data) throws Exception {
    Contract.holds(() -> HclLoader.parse(Contract.text(data), "main.tf"), SourceParseException.class);
  }
}
