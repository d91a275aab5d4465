package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apigwlint.config.ConfigException;
import io.github.apigwlint.config.ConfigLoader;

/** {@link ConfigLoader}: any text is a configuration or a {@link ConfigException} naming the problem. */
class ConfigLoaderFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void parse(byte[] data) throws Exception {
    Contract.holds(() -> ConfigLoader.parse(Contract.text(data), ".apigw-lint.yaml"), ConfigException.class);
  }
}
