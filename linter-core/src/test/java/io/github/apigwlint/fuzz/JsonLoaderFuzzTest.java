package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apigwlint.source.JsonLoader;
import io.github.apigwlint.source.SourceParseException;

/** {@link JsonLoader}: any text gives a located tree or a {@link SourceParseException}. */
class JsonLoaderFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void parse(byte[] data) throws Exception {
    Contract.holds(() -> JsonLoader.parse(Contract.text(data), "fuzz.json"), SourceParseException.class);
  }
}
