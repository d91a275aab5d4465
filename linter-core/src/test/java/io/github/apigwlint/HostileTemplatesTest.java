package io.github.apigwlint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Symbols;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * CloudFormation templates built to exhaust the stack, the heap or the time of a run: each is a
 * {@code limit-exceeded} finding where it goes past the limit, and a good template beside it is
 * read as usual. Each runs on a thread with a small stack, as a stack overflow would show there first.
 */
class HostileTemplatesTest {

  private static final long SMALL_STACK = 512 * 1024;

  @TempDir Path folder;

  /** Names every method it sees with its path, so that a test sees what the model made of a template. */
  @RuleInfo(id = "method-seen", title = "t", severity = Severity.WARNING, category = "test", since = "0.1.0")
  static final class MethodSeen implements Rule {
    @Override
    public void visitApi(Api api, RuleContext context) {
      for (Method method : api.methods()) {
        context.report(method.verb() + " " + Symbols.render(method.path()), method.location(), Subject.method(api, method)).emit();
      }
    }
  }

  private static final String GOOD = """
      Resources:
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Name: good
        Get:
          Type: AWS::ApiGateway::Method
          Properties:
            RestApiId: !Ref Api
            ResourceId: !GetAtt Api.RootResourceId
            HttpMethod: GET
            AuthorizationType: NONE
      """;

  /** The findings of a run over {@code hostile.yaml} with {@code text} and {@code good.yaml}, on one thread with a small stack. */
  private List<String> findingsBeside(String name, String text) throws Exception {
    Files.writeString(folder.resolve(name), text);
    Files.writeString(folder.resolve("good.yaml"), GOOD);
    AtomicReference<LintResult> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(new Linter(RuleRegistry.of(List.of(new MethodSeen())))
            .run(new LintRequest(List.of(folder), Config.defaults(), folder).withThreads(1)));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small-stack", SMALL_STACK);
    thread.start();
    thread.join();
    assertThat(failure.get()).isNull();
    return result.get().findings().stream()
        .map(f -> f.ruleId() + " " + f.location().file() + ":" + f.location().line() + " " + f.message())
        .toList();
  }

  private static String goodFinding() {
    return "method-seen good.yaml:6 GET /";
  }

  static String conditionChain(int length) {
    StringBuilder text = new StringBuilder("Conditions:\n");
    for (int i = 1; i < length; i++) {
      text.append("  C").append(i).append(":\n    Condition: C").append(i + 1).append('\n');
    }
    text.append("  C").append(length).append(":\n    Fn::Equals: [a, a]\n");
    return text + apiWithMethodUnder("C1");
  }

  /** Conditions that refer to the next one through each operator in turn, {@code Fn::If} inside {@code Fn::Equals} too. */
  static String mixedConditionChain(int length) {
    StringBuilder text = new StringBuilder("Conditions:\n");
    for (int i = 1; i < length; i++) {
      String next = "{Condition: C" + (i + 1) + "}";
      String expression = switch (i % 4) {
        case 0 -> "Fn::And: [" + next + ", {Fn::Equals: [a, a]}]";
        case 1 -> "Fn::Or: [{Fn::Equals: [a, b]}, " + next + "]";
        case 2 -> "Fn::Not: [{Fn::Not: [" + next + "]}]";
        default -> "Fn::Equals: [{Fn::If: [C" + (i + 1) + ", a, b]}, a]";
      };
      text.append("  C").append(i).append(":\n    ").append(expression).append('\n');
    }
    text.append("  C").append(length).append(":\n    Fn::Equals: [a, a]\n");
    return text + apiWithMethodUnder("C1");
  }

  private static String apiWithMethodUnder(String condition) {
    return """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: hostile
              Policy: !If [%s, {Version: '2012-10-17', Statement: []}, !Ref AWS::NoValue]
        """.formatted(condition);
  }

  @Test
  @Timeout(60)
  void aLongChainOfConditionsIsPastTheReferenceLimitWhereItGoesPast() throws Exception {
    assertThat(findingsBeside("condition-chain.yaml", conditionChain(10_000))).containsExactly(
        "limit-exceeded condition-chain.yaml:2003 the chain of conditions from C1: more than 1000 references followed in one chain"
            + " (raise it with `limits: {referenceChain: …}` in .apigw-lint.yaml)",
        goodFinding());
  }

  @Test
  @Timeout(60)
  void conditionsThatReferToEachOtherThroughOperatorsAreAChainToo() throws Exception {
    assertThat(findingsBeside("condition-operators.yaml", mixedConditionChain(10_000))).containsExactly(
        "limit-exceeded condition-operators.yaml:2003 the chain of conditions from C1: more than 1000 references followed in one chain"
            + " (raise it with `limits: {referenceChain: …}` in .apigw-lint.yaml)",
        goodFinding());
  }

  @Test
  void aChainWithinTheLimitIsDecidedAndACycleIsUndecided() throws Exception {
    String cycle = "Conditions:\n  A:\n    Fn::Not: [{Condition: B}]\n  B:\n    Fn::And: [{Condition: A}, {Fn::Equals: [a, a]}]\n";
    Files.writeString(folder.resolve("cycle.yaml"), cycle + apiWithMethodUnder("A").replace("Api:", "Cyclic:"));
    assertThat(findingsBeside("chain.yaml", mixedConditionChain(999))).containsExactly(goodFinding());
  }

  /** A method on the last of {@code depth} resources, each the parent of the next. */
  static String resourceChain(int depth) {
    StringBuilder text = new StringBuilder(GOOD.replace("ResourceId: !GetAtt Api.RootResourceId", "ResourceId: !Ref R1"));
    for (int i = 1; i <= depth; i++) {
      String parent = i == depth ? "!GetAtt Api.RootResourceId" : "!Ref R" + (i + 1);
      text.append("  R").append(i).append(":\n    Type: AWS::ApiGateway::Resource\n    Properties:\n      RestApiId: !Ref Api\n")
          .append("      ParentId: ").append(parent).append("\n      PathPart: p").append(i).append('\n');
    }
    return text.toString();
  }

  @Test
  @Timeout(60)
  void aMethodBelowMoreParentsThanTheLimitHasAnUnknownPath() throws Exception {
    assertThat(findingsBeside("resource-chain.yaml", resourceChain(5_000))).containsExactlyInAnyOrder(
        "limit-exceeded resource-chain.yaml:6016 the ParentId chain of R1: more than 1000 references followed in one chain"
            + " (raise it with `limits: {referenceChain: …}` in .apigw-lint.yaml)",
        "method-seen resource-chain.yaml:6 GET /${resource path}",
        goodFinding());
  }

  @Test
  void aMethodBelowParentsWithinTheLimitHasItsPath() throws Exception {
    assertThat(findingsBeside("resources.yaml", resourceChain(3))).containsExactlyInAnyOrder(
        "method-seen resources.yaml:6 GET /p3/p2/p1", goodFinding());
  }

  /** An API whose name is {@code expression}, after {@code sections}. */
  private static String apiNamed(String sections, String expression) {
    return sections + """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: %s
        """.formatted(expression);
  }

  private static String times(int count, String text, String separator) {
    return IntStream.range(0, count).mapToObj(i -> text).collect(Collectors.joining(separator));
  }

  /** Aliases of a long string would be stopped by the YAML loader first: the repetition is the template's own. */
  static String joinOfParameter() {
    return apiNamed("Parameters:\n  Long:\n    Type: String\n    Default: " + "a".repeat(100_000) + "\n",
        "!Join ['', [" + times(200, "!Ref Long", ", ") + "]]");
  }

  static String subOfParameter() {
    return apiNamed("Parameters:\n  Long:\n    Type: String\n    Default: " + "a".repeat(100_000) + "\n",
        "!Sub '" + times(200, "${Long}", "") + "'");
  }

  static String mappingFoundManyTimes() {
    return "Mappings:\n  M:\n    K:\n      V:\n" + times(10_000, "        - {Key: k, Value: v}", "\n") + "\n"
        + apiNamed("", "n\n      Tags: [" + times(300, "!FindInMap [M, K, V]", ", ") + "]");
  }

  @Test
  @Timeout(60)
  void aJoinOfALongParameterIsPastTheStringLimitBeforeItIsBuilt() throws Exception {
    assertThat(findingsBeside("join-parameter.yaml", joinOfParameter())).containsExactlyInAnyOrder(
        "limit-exceeded join-parameter.yaml:9 the string Fn::Join builds: more than 10000000 characters in one value"
            + " (raise it with `limits: {stringLength: …}` in .apigw-lint.yaml)",
        goodFinding());
  }

  @Test
  @Timeout(60)
  void aSubOfALongParameterIsPastTheStringLimitBeforeItIsBuilt() throws Exception {
    assertThat(findingsBeside("sub-parameter.yaml", subOfParameter())).containsExactlyInAnyOrder(
        "limit-exceeded sub-parameter.yaml:9 the string Fn::Sub builds: more than 10000000 characters in one value"
            + " (raise it with `limits: {stringLength: …}` in .apigw-lint.yaml)",
        goodFinding());
  }

  @Test
  @Timeout(60)
  void aMappingFoundManyTimesIsPastTheNodeLimit() throws Exception {
    assertThat(findingsBeside("mapping-copies.yaml", mappingFoundManyTimes())).containsExactlyInAnyOrder(
        "limit-exceeded mapping-copies.yaml:9803 the values the template's intrinsic functions resolve to: more than 2000000 values in one file"
            + " (raise it with `limits: {nodes: …}` in .apigw-lint.yaml)",
        goodFinding());
  }

  static String snippet() {
    return "Items:\n" + times(10_000, "  - {Key: k, Value: v}", "\n") + "\n";
  }

  static String includedManyTimes(String snippet) {
    String include = "{Fn::Transform: {Name: AWS::Include, Parameters: {Location: " + snippet + "}}}";
    return apiNamed("", "n\n      Tags: [" + times(300, include, ", ") + "]");
  }

  @Test
  @Timeout(60)
  void aSnippetIncludedManyTimesIsPastTheNodeLimit() throws Exception {
    Files.writeString(folder.resolve("snippet.yaml"), snippet());
    assertThat(findingsBeside("include-copies.yaml", includedManyTimes("snippet.yaml"))).containsExactlyInAnyOrder(
        "limit-exceeded include-copies.yaml:0 the values the template's intrinsic functions resolve to: more than 2000000 values in one file"
            + " (raise it with `limits: {nodes: …}` in .apigw-lint.yaml)",
        goodFinding());
  }

  /** An API with one method and a resource policy of {@code count} statements, each for another account and path. */
  static String policyOfStatements(int count) {
    String statements = IntStream.range(0, count)
        .mapToObj(i -> "{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::" + (100_000_000_000L + i) + ":root'},"
            + "'Action':'execute-api:Invoke','Resource':'execute-api:/prod/GET/item" + i + "'}")
        .collect(Collectors.joining(",\n"));
    return ("{'Resources':{'Api':{'Type':'AWS::ApiGateway::RestApi','Properties':{'Name':'n','Policy':{'Version':'2012-10-17',\n"
        + "'Statement':[" + statements + "]}}},\n'Get':{'Type':'AWS::ApiGateway::Method','Properties':{'RestApiId':{'Ref':'Api'},"
        + "'ResourceId':{'Fn::GetAtt':['Api','RootResourceId']},'HttpMethod':'GET','AuthorizationType':'AWS_IAM'}}}}").replace('\'', '"');
  }

  @Test
  @Timeout(60)
  void aPolicyOfMoreStatementsThanTheLimitIsUnknownAndTheRestOfItsFileIsRead() throws Exception {
    assertThat(findingsBeside("policy-statements.json", policyOfStatements(10_000))).containsExactlyInAnyOrder(
        "limit-exceeded policy-statements.json:2 a policy of 10000 statements, not analysed: more than 250 statements in one policy"
            + " (raise it with `limits: {statements: …}` in .apigw-lint.yaml)",
        "method-seen policy-statements.json:10002 GET /",
        goodFinding());
  }

  @Test
  @Timeout(60)
  void aMappingThatFindsItselfIsUnknown() throws Exception {
    String text = apiNamed("Mappings:\n  M:\n    K:\n      V: {'Fn::FindInMap': [M, K, V]}\n", "!FindInMap [M, K, V]");
    assertThat(findingsBeside("mapping-cycle.yaml", text)).containsExactly(goodFinding());
  }
}
