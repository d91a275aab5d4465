package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apigwlint.policy.PolicyParser;
import io.github.apigwlint.source.JsonLoader;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.SourceParseException;

/**
 * {@link PolicyParser}: any JSON document is read as a resource, identity and trust policy, every
 * grammar problem a located problem, never an exception.
 */
class PolicyParserFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void parse(byte[] data) throws Exception {
    Node root;
    try {
      root = JsonLoader.parse(Contract.text(data), "policy.json");
    } catch (SourceParseException notJson) {
      return;
    }
    Contract.holds(() -> {
      PolicyParser.parse(root, true);
      PolicyParser.parse(root, false);
      PolicyParser.parse(root, true, false);
    });
  }
}
