package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A Terraform plan or state (JSON), read through {@code TerraformPlan} and {@code TerraformResourceReader} into the model. Nothing may escape. */
class TerraformPlanFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void read(byte[] data) throws Exception {
    Workspaces.build("plan.json", data);
  }
}
