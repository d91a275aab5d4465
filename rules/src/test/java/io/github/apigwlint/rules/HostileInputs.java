package io.github.apigwlint.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Files built to hurt a linter, one class each, most in two or three sizes: chains and nesting past
 * any stack, small files that expand past any heap, input that makes work grow with its square,
 * malformed but parseable plans, markers the engine uses itself. Written into a folder, each in a
 * folder of its own where Terraform reads a folder as one module.
 */
final class HostileInputs {

  private final Path folder;
  private final List<Path> written = new ArrayList<>();

  private HostileInputs(Path folder) {
    this.folder = folder;
  }

  /** Writes the files into the folder given, to run the command on them by hand. */
  public static void main(String[] args) throws IOException {
    writeInto(Path.of(args[0])).forEach(System.out::println);
  }

  /** Writes every hostile file into {@code folder}; returns the files. */
  static List<Path> writeInto(Path folder) throws IOException {
    HostileInputs inputs = new HostileInputs(folder);
    inputs.writeAll();
    return List.copyOf(inputs.written);
  }

  private void writeAll() throws IOException {
    for (int n : new int[] {3_000, 30_000}) {
      conditionChain(n);
      resourceParentChain(n);
      terraformLocalChain(n);
      hclIndexChain(n);
      terraformConditionalChain(n);
    }
    for (int n : new int[] {20_000, 200_000}) {
      nested("deep-" + n + ".json", "{\"Version\":\"2012-10-17\",\"Statement\":", "[", "]", "}", n);
      nested("deep-" + n + ".yaml", "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Policy: ", "[", "]", "\n", n);
      nested("deep-" + n + ".tf", "locals {\n  x = ", "(", ")", "\n}\n", n);
      nested("deep-blocks-" + n + ".tf", "resource \"aws_api_gateway_rest_api\" \"a\" {\n", "b {\n", "}\n", "}\n", n);
      nested("deep-list-" + n + ".tfvars", "x = ", "[", "]", "\n", n);
      nested("deep-map-" + n + ".yaml", "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: ", "{a: ", "}", "\n", n);
    }
    for (int copies : new int[] {1_000, 100_000}) {
      yamlAliasJoin(copies);
      subOfLongParameter(copies);
    }
    for (int doublings : new int[] {30, 64}) {
      terraformDoubling(doublings);
    }
    for (int statements : new int[] {20_000, 60_000}) {
      largePolicy(statements);
    }
    repeatedKeys();
    malformedPlans();
    cdkManifestListingItself();
    forgedSymbols();
    binaryAndBrokenText();
    escapesInValues();
    duplicateKeys();
  }

  private void write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    written.add(file);
  }

  private void nested(String name, String head, String open, String close, String tail, int depth) throws IOException {
    write(name, head + open.repeat(depth) + "1" + close.repeat(depth) + tail);
  }

  private static String lines(int count, IntFunction<String> line) {
    return IntStream.range(0, count).mapToObj(line).collect(Collectors.joining());
  }

  private static final String REST_API = "  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: hostile\n";

  private void conditionChain(int n) throws IOException {
    write("condition-chain-" + n + ".yaml", "Parameters:\n  Env: {Type: String}\nConditions:\n"
        + lines(n, i -> "  C" + i + ": !Condition C" + (i + 1) + "\n")
        + "  C" + n + ": !Equals [!Ref Env, prod]\nResources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Condition: C0\n"
        + "    Properties:\n      Name: hostile\n");
  }

  private void resourceParentChain(int n) throws IOException {
    write("resource-chain-" + n + ".yaml", "Resources:\n" + REST_API
        + lines(n, i -> "  R" + i + ":\n    Type: AWS::ApiGateway::Resource\n    Properties:\n      RestApiId: !Ref Api\n"
            + "      ParentId: " + (i == 0 ? "!GetAtt Api.RootResourceId" : "!Ref R" + (i - 1)) + "\n      PathPart: p" + i + "\n")
        + "  Get:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: !Ref Api\n      ResourceId: !Ref R" + (n - 1)
        + "\n      HttpMethod: GET\n      AuthorizationType: NONE\n");
  }

  private void terraformLocalChain(int n) throws IOException {
    write("tf-local-chain-" + n + "/main.tf", "locals {\n" + lines(n, i -> "  a" + i + " = local.a" + (i + 1) + "\n") + "  a" + n + " = \"x\"\n}\n"
        + "resource \"aws_api_gateway_rest_api\" \"api\" {\n  name = local.a0\n}\n");
  }

  private void terraformConditionalChain(int n) throws IOException {
    write("tf-conditional-chain-" + n + "/main.tf", "variable \"v\" {}\nlocals {\n  c = " + "var.v ? \"a\" : (".repeat(n) + "\"b\"" + ")".repeat(n)
        + "\n}\nresource \"aws_api_gateway_rest_api\" \"api\" {\n  name = local.c\n}\n");
  }

  private void hclIndexChain(int n) throws IOException {
    write("tf-index-chain-" + n + "/main.tf", "locals {\n  x = [1]\n  y = local.x" + "[0]".repeat(n) + "\n}\n"
        + "resource \"aws_api_gateway_rest_api\" \"api\" {\n  name = local.y\n}\n");
  }

  private void terraformDoubling(int doublings) throws IOException {
    write("tf-doubling-" + doublings + "/main.tf", "locals {\n  l0 = \"xxxxxxxxxxxxxxxx\"\n"
        + lines(doublings, i -> "  l" + (i + 1) + " = \"${local.l" + i + "}${local.l" + i + "}\"\n") + "}\n"
        + "resource \"aws_api_gateway_rest_api\" \"api\" {\n  name = local.l" + doublings + "\n}\n");
  }

  private void yamlAliasJoin(int copies) throws IOException {
    write("alias-join-" + copies + ".yaml", "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: !Join\n        - &long \""
        + "x".repeat(10_000) + "\"\n        - [" + IntStream.range(0, Math.min(copies, 5_000)).mapToObj(i -> "*long").collect(Collectors.joining(", ")) + "]\n"
        + "      Description: !Join [\"\", [" + IntStream.range(0, 40).mapToObj(i -> "!Join [*long, [*long, *long]]").collect(Collectors.joining(", ")) + "]]\n");
  }

  private void subOfLongParameter(int copies) throws IOException {
    write("sub-long-parameter-" + copies + ".yaml", "Parameters:\n  P:\n    Type: String\n    Default: \"" + "y".repeat(100_000) + "\"\nResources:\n"
        + "  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: !Sub \"" + "${P}".repeat(copies) + "\"\n");
  }

  private void largePolicy(int statements) throws IOException {
    String body = IntStream.range(0, statements).mapToObj(i -> "{\"Effect\":\"" + (i % 5 == 0 ? "Deny" : "Allow")
            + "\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + String.format("%012d", 100_000_000_000L + i) + ":role/r" + i
            + "\"},\"Action\":\"execute-api:Invoke\",\"Resource\":\"execute-api:/prod/GET/p" + i + "/*\"}")
        .collect(Collectors.joining(","));
    write("large-policy-" + statements + ".json", "{\"Resources\":{\"Api\":{\"Type\":\"AWS::ApiGateway::RestApi\",\"Properties\":{\"Name\":\"hostile\","
        + "\"Policy\":{\"Version\":\"2012-10-17\",\"Statement\":[" + body + "]}}},"
        + "\"Get\":{\"Type\":\"AWS::ApiGateway::Method\",\"Properties\":{\"RestApiId\":{\"Ref\":\"Api\"},\"ResourceId\":{\"Fn::GetAtt\":[\"Api\",\"RootResourceId\"]},"
        + "\"HttpMethod\":\"GET\",\"AuthorizationType\":\"AWS_IAM\"}}}}");
  }

  private void repeatedKeys() throws IOException {
    String key = "K".repeat(5_000);
    write("repeated-long-keys.json", "{\"Resources\":{\"Api\":{\"Type\":\"AWS::ApiGateway::RestApi\",\"Properties\":{\"Name\":\"hostile\",\"Tags\":["
        + IntStream.range(0, 2_000).mapToObj(i -> "{\"" + key + "\":{\"" + key + "\":[" + i + "]}}").collect(Collectors.joining(",")) + "]}}}}");
  }

  private void malformedPlans() throws IOException {
    String[] types = {"", "\"type\":null,", "\"type\":42,", "\"type\":[\"aws_api_gateway_rest_api\"],", "\"type\":{},"};
    for (int i = 0; i < types.length; i++) {
      write("plan-type-" + i + ".json", "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":[{\"address\":\"aws_api_gateway_rest_api.a\","
          + types[i] + "\"name\":\"a\",\"values\":{\"name\":\"a\",\"policy\":null}}]}},\"resource_changes\":[{\"address\":\"aws_api_gateway_rest_api.a\","
          + types[i] + "\"change\":{\"actions\":[\"create\"],\"after\":{\"name\":\"a\"}}}]}");
    }
    String[] shapes = {
      "\"planned_values\":{\"root_module\":{\"resources\":{}}}",
      "\"planned_values\":{\"root_module\":{\"resources\":[1,\"x\",null,[]]}}",
      "\"planned_values\":{\"root_module\":{\"resources\":[{\"address\":7,\"type\":\"aws_api_gateway_rest_api\",\"values\":\"v\"}]}}",
      "\"planned_values\":{\"root_module\":{\"child_modules\":[{\"child_modules\":{\"resources\":5}}]}}",
      "\"planned_values\":[],\"resource_changes\":{\"a\":1}",
      "\"planned_values\":{\"root_module\":null},\"resource_changes\":[{\"change\":null},{\"change\":{\"after\":[]}}]",
    };
    for (int i = 0; i < shapes.length; i++) {
      write("plan-shape-" + i + ".json", "{\"format_version\":\"1.2\"," + shapes[i] + "}");
    }
    write("plan-deep-modules.json", "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":"
        + "{\"child_modules\":[".repeat(5_000) + "{}" + "]}".repeat(5_000) + "}}");
  }

  private void cdkManifestListingItself() throws IOException {
    write("cdk.out/manifest.json", "{\"version\":\"36.0.0\",\"artifacts\":{\"Self\":{\"type\":\"cdk:cloud-assembly\",\"properties\":{\"directoryName\":\".\"}},"
        + "\"Stack\":{\"type\":\"aws:cloudformation:stack\",\"properties\":{\"templateFile\":\"Stack.template.json\"}},"
        + "\"Outside\":{\"type\":\"aws:cloudformation:stack\",\"properties\":{\"templateFile\":\"../../../../../../etc/hostname\"}}}}");
    write("cdk.out/Stack.template.json", "{\"Resources\":{\"Api\":{\"Type\":\"AWS::ApiGateway::RestApi\",\"Properties\":{\"Name\":\"hostile\"}}}}");
  }

  private void forgedSymbols() throws IOException {
    write("forged-symbol.json", "{\"Resources\":{\"Api\":{\"Type\":\"AWS::ApiGateway::RestApi\",\"Properties\":{\"Name\":\"\\ue000opaque:x\\ue001\","
        + "\"EndpointConfiguration\":{\"Types\":[\"PRIVATE\"]},\"Policy\":{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
        + "\"Action\":\"execute-api:Invoke\",\"Resource\":\"execute-api:/*\",\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"\\ue000opaque:x\\ue001\"}}}]}}}}}");
  }

  private void binaryAndBrokenText() throws IOException {
    Path binary = folder.resolve("binary.template.json");
    Files.write(binary, new byte[] {0x7b, 0, (byte) 0xff, (byte) 0xfe, 0x00, 0x7d});
    written.add(binary);
    Path latin1 = folder.resolve("latin1.yaml");
    Files.write(latin1, "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    written.add(latin1);
    write("unterminated.json", "{\"Resources\":{\"Api\":{\"Type\":\"AWS::ApiGateway::RestApi\",\"Properties\":{\"Name\":\"");
    write("tabs-and-nul.yaml", "Resources:\n\tApi:\n    Type: AWS::ApiGateway::RestApi\n");
  }

  private void escapesInValues() throws IOException {
    write("escapes.yaml", "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: \"\\e[31mred\\e[0m\\n::error::injected%0A|<script>]]>\"\n"
        + "      EndpointConfiguration:\n        Types: [PRIVATE]\n");
  }

  private void duplicateKeys() throws IOException {
    write("duplicate-keys.yaml", "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: a\n"
        + "      EndpointConfiguration: {Types: [PRIVATE]}\n      Policy: {Version: \"2012-10-17\", Statement: [{Effect: Allow, Principal: \"*\","
        + " Action: \"execute-api:Invoke\", Resource: \"execute-api:/*\"}]}\n      Policy: {Version: \"2012-10-17\", Statement: []}\n");
  }
}
