package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apigwlint.source.SourceParseException;
import io.github.apigwlint.source.YamlLoader;

/** {@link YamlLoader}: any text gives a located tree or a {@link SourceParseException}. */
class YamlLoaderFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void parse(byte[] data) throws Exception {
    Contract.holds(() -> YamlLoader.parse(Contract.text(data), "fuzz.yaml"), SourceParseException.class);
  }
}
