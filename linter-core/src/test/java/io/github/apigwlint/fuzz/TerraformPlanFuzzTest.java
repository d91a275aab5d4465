package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A Terraform plan or state (JSON), read through {@code TerraformPlan} and {@code
 * TerraformResourceReader} into the model. Nothing may escape.
 */
class TerraformPlanFuzzTest {

  /** Words of the format, which random bytes would seldom spell. */
  @DictionaryEntries({
      "\"type\":", "\"address\":", "\"values\":", "\"resources\":", "\"child_modules\":",
      "\"mode\":\"data\"", "\"index\":", "\"after_unknown\":", "\"references\":", "null", "[]", "{}",
      "\"aws_api_gateway_rest_api\"", "\"aws_api_gateway_rest_api_policy\"", "\"aws_vpc_endpoint\""})
  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void read(byte[] data) throws Exception {
    Workspaces.build("plan.json", data);
  }
}
