package io.github.apigwlint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's memory goal: a JSON template of 18 MiB (40,000 methods and 20,000 resources under long
 * logical ids) is analysed in the heap Java gives itself on a 7 GB CI machine, 1,750 MB, in a
 * process of its own. The peak heap the collector saw is printed, not asserted: a memory figure,
 * not a timed test.
 */
class LargeTemplateTest {

  private static final int RESOURCES = 20_000;

  @TempDir Path folder;

  /** The child process: lints one file, says how many findings. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    LintResult result = new Linter(RuleRegistry.load())
        .run(new LintRequest(List.of(file), Config.defaults(), file.getParent()));
    System.out.println("findings " + result.findings().size());
  }

  @Test
  void anEighteenMegabyteTemplateIsAnalysedIn1750Megabytes() throws Exception {
    Path template = folder.resolve("large.json");
    write(template);
    assertThat(Files.size(template)).isBetween(17_000_000L, 20_000_000L);
    Path gcLog = folder.resolve("gc.log");
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1750m", "-XX:+UseSerialGC", "-Xlog:gc:file=" + gcLog,
            "-cp", System.getProperty("java.class.path"), LargeTemplateTest.class.getName(), template.toString())
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve("out.txt").toFile())
        .start();
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("the child ends").isTrue();
    String out = Files.readString(folder.resolve("out.txt"));
    assertThat(out).doesNotContain("OutOfMemoryError").contains("findings ");
    assertThat(child.exitValue()).as(out).isZero();
    System.out.println("LargeTemplateTest: " + Files.size(template) / (1024 * 1024) + " MiB template, peak heap before a collection "
        + peakMegabytes(Files.readString(gcLog)) + " MB of 1750 MB");
  }

  /** The largest heap occupancy a collection started from, in the log's {@code 237M->170M(365M)}. */
  private static long peakMegabytes(String gcLog) {
    Matcher before = Pattern.compile("(\\d+)M->\\d+M\\(").matcher(gcLog);
    long peak = 0;
    while (before.find()) {
      peak = Math.max(peak, Long.parseLong(before.group(1)));
    }
    return peak;
  }

  /** A REST API with a resource policy; each resource a GET without authorization and a POST with IAM. */
  private static void write(Path template) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(template)) {
      out.write("{\n\"AWSTemplateFormatVersion\": \"2010-09-09\",\n\"Resources\": {\n\"Api\": {\"Type\": \"AWS::ApiGateway::RestApi\","
          + " \"Properties\": {\"Name\": \"orders\", \"EndpointConfiguration\": {\"Types\": [\"REGIONAL\"]}, \"Policy\": {"
          + "\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::222222222222:root\"},"
          + " \"Action\": \"execute-api:Invoke\", \"Resource\": \"execute-api:/*\"}]}}}");
      for (int i = 0; i < RESOURCES; i++) {
        String id = String.format("OrdersServiceCustomerAccountManagementEndpointForTenantResource%06d", i);
        out.write(",\n\"" + id + "\": {\n\"Type\": \"AWS::ApiGateway::Resource\",\n\"Properties\": {\n\"RestApiId\": {\n\"Ref\": \"Api\"\n},\n"
            + "\"ParentId\": {\n\"Fn::GetAtt\": [\n\"Api\",\n\"RootResourceId\"\n]\n},\n\"PathPart\": \"tenant" + i + "\"\n}\n}");
        for (String[] method : new String[][] {{"GET", "NONE"}, {"POST", "AWS_IAM"}}) {
          out.write(",\n\"" + id + method[0] + "Method\": {\n\"Type\": \"AWS::ApiGateway::Method\",\n\"Properties\": {\n"
              + "\"RestApiId\": {\n\"Ref\": \"Api\"\n},\n\"ResourceId\": {\n\"Ref\": \"" + id + "\"\n},\n\"HttpMethod\": \"" + method[0] + "\",\n"
              + "\"AuthorizationType\": \"" + method[1] + "\",\n\"Integration\": {\n\"Type\": \"MOCK\"\n}\n}\n}");
        }
      }
      out.write("\n}\n}\n");
    }
  }
}
