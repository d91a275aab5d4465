package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A CloudFormation template, its intrinsics resolved by {@code TemplateResolver} as the model is built. Nothing may escape. */
class CloudFormationFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void read(byte[] data) throws Exception {
    Workspaces.build("template.yaml", data);
  }
}
