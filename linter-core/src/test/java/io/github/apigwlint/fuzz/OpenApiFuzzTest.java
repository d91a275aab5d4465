package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** An OpenAPI definition with {@code x-amazon-apigateway-*} extensions, read into the model. Nothing may escape. */
class OpenApiFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void read(byte[] data) throws Exception {
    Workspaces.build("openapi.yaml", data);
  }
}
