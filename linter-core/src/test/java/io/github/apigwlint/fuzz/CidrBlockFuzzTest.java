package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apigwlint.policy.CidrBlock;

/**
 * {@link CidrBlock}, which reads the networks of {@code aws:SourceIp} conditions: the first line is
 * a network, the rest an address; any text is a network or none, and any address lies in it or not.
 */
class CidrBlockFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.DURATION)
  void parse(byte[] data) throws Exception {
    String[] lines = Contract.text(data).split("\n", 2);
    String address = lines.length > 1 ? lines[1] : lines[0];
    Contract.holds(() -> CidrBlock.parse(lines[0]).ifPresent(block -> {
      block.contains(address);
      CidrBlock.format(block.family(), block.last());
      block.toString();
    }));
  }
}
