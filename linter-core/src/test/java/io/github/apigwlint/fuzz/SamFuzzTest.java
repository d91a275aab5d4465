package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** A SAM template, expanded into the resources SAM would create as the model is built. Nothing may escape. */
class SamFuzzTest {

  /** Words of the format, which random bytes would seldom spell. */
  @DictionaryEntries({
      "AWS::Serverless-2016-10-31", "AWS::Serverless::Api", "AWS::Serverless::Function", "Auth",
      "ResourcePolicy", "CustomStatements", "IpRangeBlacklist", "SourceVpcWhitelist", "DefaultAuthorizer",
      "Globals", "Events", "!Ref", "!Sub"})
  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void read(byte[] data) throws Exception {
    Workspaces.build("template.yaml", data);
  }
}
