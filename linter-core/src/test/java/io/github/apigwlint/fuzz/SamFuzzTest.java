package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A SAM template, expanded into the resources SAM would create as the model is built. Nothing may escape. */
class SamFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void read(byte[] data) throws Exception {
    Workspaces.build("template.yaml", data);
  }
}
