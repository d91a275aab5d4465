package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A CloudFormation template, its intrinsics resolved by {@code TemplateResolver} as the model is
 * built. Nothing may escape.
 */
class CloudFormationFuzzTest {

  /** Words of the format, which random bytes would seldom spell. */
  @DictionaryEntries({
      "Fn::If", "Fn::Sub", "Fn::Join", "Fn::GetAtt", "Fn::Select", "Fn::FindInMap", "Fn::ImportValue", "Ref",
      "Condition", "Conditions", "!If", "!Sub", "!Ref", "!Equals", "&a", "*a", "AWS::NoValue",
      "AWS::AccountId"})
  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void read(byte[] data) throws Exception {
    Workspaces.build("template.yaml", data);
  }
}
