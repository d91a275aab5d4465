package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apigwlint.policy.Arn;
import io.github.apigwlint.policy.ExecuteApiArn;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Spelling;

/** {@link Arn} and {@link ExecuteApiArn}: any text is an ARN, an execute-api resource with its issues, or neither. */
class ArnFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void parse(byte[] data) throws Exception {
    String text = Contract.text(data);
    Contract.holds(() -> {
      Arn.parse(text).ifPresent(Arn::parts);
      ExecuteApiArn.parse(text);
      ExecuteApiArn.check(text, Location.ofFile("policy.json"), "aws", Spelling.CLOUDFORMATION);
    });
  }
}
