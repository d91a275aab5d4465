package io.github.apigwlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Symbols;
import io.github.apigwlint.testutil.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyParserTest {

  /** What a user sees of a problem: its words and place. */
  private record Problem(String message, Location location) {}

  private static List<Problem> problems(String json, boolean resourcePolicy) {
    return PolicyParser.parse(Json.parse(json), resourcePolicy).problems().stream()
        .map(p -> new Problem(p.message(), p.location()))
        .toList();
  }

  private static Location at(int line, int column) {
    return new Location(Json.FILE, line, column);
  }

  @Test
  void validResourcePolicyHasNoProblems() {
    Policy policy = PolicyParser.parse(Json.parse("""
        {"Version": "2012-10-17", "Id": "x",
         "Statement": [{"Sid": "A", "Effect": "Allow", "Principal": {"AWS": ["111111111111"]},
                        "Action": "execute-api:Invoke", "Resource": ["execute-api:/*"],
                        "Condition": {"ForAnyValue:StringLikeIfExists": {"aws:PrincipalOrgPaths": "o-a/*"}}}]}
        """), true);
    assertThat(policy.problems()).isEmpty();
    Statement s = policy.statements().get(0);
    assertThat(s.effect()).isEqualTo(Effect.ALLOW);
    assertThat(s.principal().aws()).extracting(PolicyValue::text).containsExactly("111111111111");
    ConditionClause c = s.conditions().get(0);
    assertThat(c.operator()).isEqualTo(ConditionOperator.StringLike);
    assertThat(c.ifExists()).isTrue();
    assertThat(c.qualifier()).isEqualTo(ConditionClause.SetQualifier.FOR_ANY_VALUE);
    assertThat(c.key().location()).isEqualTo(at(4, 66));
    assertThat(s.resources().get(0).location()).isEqualTo(at(3, 62));
  }

  @Test
  void notAnObject() {
    assertThat(problems("[1]", true)).containsExactly(new Problem("policy must be a JSON object", at(1, 1)));
  }

  @Test
  void statementMissingOrWrongType() {
    assertThat(problems("{'Version':'2012-10-17'}", true))
        .containsExactly(new Problem("policy has no Statement", at(1, 1)));
    assertThat(problems("{'Statement':'x'}", true))
        .containsExactly(new Problem("Statement must be an object or an array of objects", at(1, 14)));
    assertThat(problems("{'Statement':[3]}", true))
        .containsExactly(new Problem("statement must be an object", at(1, 15)));
  }

  @Test
  void effectMissingOrInvalid() {
    assertThat(problems("{'Statement':{'Principal':'*','Action':'a:b','Resource':'*'}}", true))
        .containsExactly(new Problem("statement has no Effect", at(1, 14)));
  }

  @Test
  void tv97_effectIsCaseSensitive() {
    assertThat(problems("{'Statement':{'Effect':'allow','Principal':'*','Action':'a:b','Resource':'*'}}", true))
        .containsExactly(new Problem("Effect must be \"Allow\" or \"Deny\" (case-sensitive), not \"allow\"", at(1, 24)));
  }

  @Test
  void actionAndResourceBothOrNeither() {
    assertThat(problems("""
        {"Statement": {"Effect": "Allow", "Principal": "*", "Action": "a:b", "NotAction": "c:d"}}""", true))
        .containsExactly(
            new Problem("statement has both Action and NotAction", at(1, 83)),
            new Problem("statement needs Resource or NotResource", at(1, 15)));
  }

  @Test
  void trustPolicyStatementsNeedNoResource() {
    String trust = "{'Statement':{'Effect':'Allow','Principal':{'Service':'lambda.amazonaws.com'},'Action':'sts:AssumeRole'}}";
    assertThat(PolicyParser.parse(Json.parse(trust), true, false).problems()).isEmpty();
    assertThat(PolicyParser.parse(Json.parse(trust), true, true).problems())
        .extracting(p -> new Problem(p.message(), p.location()))
        .containsExactly(new Problem("statement needs Resource or NotResource", at(1, 14)));
  }

  @Test
  void principalPresenceDependsOnPolicyKind() {
    assertThat(problems("{'Statement':{'Effect':'Allow','Action':'a:b','Resource':'*'}}", true))
        .containsExactly(new Problem("statement of a resource policy needs a Principal", at(1, 14)));
    assertThat(problems("{'Statement':{'Effect':'Allow','Principal':'*','Action':'a:b','Resource':'*'}}", false))
        .containsExactly(new Problem("identity policy statements must not have a Principal", at(1, 44)));
    assertThat(problems("{'Statement':{'Effect':'Deny','Principal':'*','NotPrincipal':'*','Action':'a:b','Resource':'*'}}", true))
        .containsExactly(new Problem("statement has both Principal and NotPrincipal", at(1, 62)));
  }

  @Test
  void wrongValueTypes() {
    assertThat(problems("{'Statement':{'Effect':'Allow','Principal':'*','Action':5,'Resource':{'a':1}}}", true))
        .containsExactly(
            new Problem("Action values must be strings, not the number 5", at(1, 57)),
            new Problem("Resource values must be strings, not an object", at(1, 70)));
  }

  @Test
  void unknownKeysAndVersion() {
    assertThat(problems("{'Version':'2020-01-01','Foo':1,'Statement':{'Effect':'Allow','Principal':'*',"
        + "'Action':'a:b','Resource':'*','Actions':'x'}}", true))
        .containsExactly(
            new Problem("unknown top-level key \"Foo\"", at(1, 25)),
            new Problem("Version must be \"2012-10-17\" or \"2008-10-17\", not \"2020-01-01\"", at(1, 12)),
            new Problem("unknown statement key \"Actions\"", at(1, 109)));
  }

  @Test
  void tv96_duplicateKeysAreErrorsNotLastWins() {
    List<Problem> found = problems(
        "{'Statement':{'Effect':'Allow','Effect':'Deny','Principal':'*','Action':'a:b','Resource':'*'}}", true);
    assertThat(found).containsExactly(
        new Problem("duplicate key \"Effect\" (IAM rejects it; no last-wins)", at(1, 32)));
  }

  @Test
  void duplicateSid() {
    assertThat(problems("{'Statement':[{'Sid':'A','Effect':'Allow','Principal':'*','Action':'a:b','Resource':'*'},"
        + "{'Sid':'A','Effect':'Deny','Principal':'*','Action':'a:b','Resource':'*'}]}", true))
        .containsExactly(new Problem("duplicate Sid \"A\" (also used by statement A)", at(1, 97)));
  }

  @Test
  void conditionProblems() {
    assertThat(problems("{'Statement':{'Effect':'Allow','Principal':'*','Action':'a:b','Resource':'*',"
        + "'Condition':{'stringequals':{'k':'v'},'NullIfExists':{'k':'true'}}}}", true))
        .containsExactly(
            new Problem("unknown condition operator \"stringequals\" (operator names are case-sensitive: StringEquals)", at(1, 91)),
            new Problem("condition operator Null does not take IfExists", at(1, 116)));
    assertThat(problems("{'Statement':{'Effect':'Allow','Principal':'*','Action':'a:b','Resource':'*','Condition':[]}}", true))
        .containsExactly(new Problem("Condition must be an object, not an array", at(1, 90)));
  }

  @Test
  void tv95_statementObjectEqualsArray() {
    String one = "{'Effect':'Allow','Principal':'*','Action':'execute-api:Invoke','Resource':'*'}";
    Policy object = PolicyParser.parse(Json.parse("{'Statement':" + one + "}"), true);
    Policy array = PolicyParser.parse(Json.parse("{'Statement':[" + one + "]}"), true);
    Request request = Request.invoke(Caller.anonymous(), "arn:aws:execute-api:us-east-1:1:a/b/GET/");
    assertThat(object.problems()).isEmpty();
    assertThat(PolicyEvaluator.evaluate(object, request, null).verdict())
        .isEqualTo(PolicyEvaluator.evaluate(array, request, null).verdict())
        .isEqualTo(Verdict.ALLOW);
  }

  @Test
  void opaqueStatementIsUnknownElementNotGrammarError() {
    String opaque = Symbols.opaque("param Statements");
    Policy policy = PolicyParser.parse(Json.parseExact("{\"Statement\":[\"" + opaque + "\"]}"), true);
    assertThat(policy.problems()).isEmpty();
    assertThat(policy.unknownStatements()).hasSize(1);
    Request request = Request.invoke(Caller.anonymous(), "arn:aws:execute-api:us-east-1:1:a/b/GET/");
    assertThat(PolicyEvaluator.evaluate(policy, request, null).verdict()).isEqualTo(Verdict.UNKNOWN);
  }
}
