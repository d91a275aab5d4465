package io.github.apigwlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.source.Symbols;
import io.github.apigwlint.testutil.Json;
import org.junit.jupiter.api.Test;

/** Condition vectors of §12.7. */
class ConditionTest {

  /** Evaluates a Condition block (JSON, single quotes allowed) under Version 2012-10-17. */
  private static Tri eval(String block, RequestContext context) {
    return eval(block, context, true);
  }

  private static Tri eval(String block, RequestContext context, boolean variables) {
    Policy policy = PolicyParser.parse(Json.parseExact(("{'Statement':{'Effect':'Allow','Action':'a:b','Resource':'*',"
        + "'Condition':" + block.replace('\'', '"') + "}}").replace('\'', '"')), false);
    assertThat(policy.problems()).isEmpty();
    return ConditionEvaluator.all(policy.statements().get(0).conditions(), context, variables);
  }

  private static RequestContext ctx(String... keyValues) {
    RequestContext context = RequestContext.empty();
    for (int i = 0; i < keyValues.length; i += 2) {
      context.put(keyValues[i], keyValues[i + 1]);
    }
    return context;
  }

  @Test
  void tv80_conditionKeysAreCaseInsensitive() {
    assertThat(eval("{'StringEquals':{'AWS:SOURCEVPCE':'vpce-1a2b'}}", ctx("aws:SourceVpce", "vpce-1a2b")))
        .isEqualTo(Tri.TRUE);
  }

  @Test
  void tv81_valuesAreCaseSensitiveUnlessIgnoreCase() {
    RequestContext c = ctx("aws:SourceVpce", "vpce-1a2b");
    assertThat(eval("{'StringEquals':{'aws:SourceVpce':'VPCE-1A2B'}}", c)).isEqualTo(Tri.FALSE);
    assertThat(eval("{'StringEqualsIgnoreCase':{'aws:SourceVpce':'VPCE-1A2B'}}", c)).isEqualTo(Tri.TRUE);
    assertThat(eval("{'StringNotEqualsIgnoreCase':{'aws:SourceVpce':'VPCE-1A2B'}}", c)).isEqualTo(Tri.FALSE);
  }

  @Test
  void tv82_likeUsesWildcardsEqualsDoesNot() {
    RequestContext c = ctx("aws:SourceVpce", "vpce-1a2b3c4d");
    assertThat(eval("{'StringLike':{'aws:SourceVpce':'vpce-1a2b*'}}", c)).isEqualTo(Tri.TRUE);
    assertThat(eval("{'StringEquals':{'aws:SourceVpce':'vpce-1a2b*'}}", c)).isEqualTo(Tri.FALSE);
  }

  @Test
  void tv83_singleCharacterWildcard() {
    String block = "{'StringLike':{'aws:SourceVpce':'vpce-1a2b3c4?'}}";
    assertThat(eval(block, ctx("aws:SourceVpce", "vpce-1a2b3c4d"))).isEqualTo(Tri.TRUE);
    assertThat(eval(block, ctx("aws:SourceVpce", "vpce-1a2b3c4dd"))).isEqualTo(Tri.FALSE);
  }

  @Test
  void tv84_valuesAreOr() {
    assertThat(eval("{'StringEquals':{'aws:SourceVpce':['vpce-a','vpce-b']}}", ctx("aws:SourceVpce", "vpce-b")))
        .isEqualTo(Tri.TRUE);
  }

  @Test
  void tv85_keysAndOperatorsAreAnd() {
    String block = "{'StringEquals':{'aws:SourceVpce':'vpce-a','aws:SourceVpc':'vpc-1'},"
        + "'IpAddress':{'aws:VpcSourceIp':'10.0.0.0/16'}}";
    assertThat(eval(block, ctx("aws:SourceVpce", "vpce-a", "aws:SourceVpc", "vpc-1", "aws:VpcSourceIp", "10.0.9.9")))
        .isEqualTo(Tri.TRUE);
    assertThat(eval(block, ctx("aws:SourceVpce", "vpce-a", "aws:SourceVpc", "vpc-2", "aws:VpcSourceIp", "10.0.9.9")))
        .isEqualTo(Tri.FALSE);
  }

  @Test
  void tv86_negatedMultiValueIsNor() {
    String block = "{'StringNotEquals':{'aws:SourceVpce':['vpce-a','vpce-b']}}";
    assertThat(eval(block, ctx("aws:SourceVpce", "vpce-a"))).isEqualTo(Tri.FALSE);
    assertThat(eval(block, ctx("aws:SourceVpce", "vpce-c"))).isEqualTo(Tri.TRUE);
  }

  @Test
  void tv87_missingKeyBehaviour() {
    RequestContext none = RequestContext.empty();
    assertThat(eval("{'StringEquals':{'aws:SourceVpce':'v'}}", none)).isEqualTo(Tri.FALSE);
    assertThat(eval("{'StringNotEquals':{'aws:SourceVpce':'v'}}", none)).isEqualTo(Tri.TRUE);
    assertThat(eval("{'StringEqualsIfExists':{'aws:SourceVpce':'v'}}", none)).isEqualTo(Tri.TRUE);
    assertThat(eval("{'StringNotEqualsIfExists':{'aws:SourceVpce':'v'}}", none)).isEqualTo(Tri.TRUE);
    assertThat(eval("{'Null':{'aws:SourceVpce':'true'}}", none)).isEqualTo(Tri.TRUE);
    assertThat(eval("{'Null':{'aws:SourceVpce':'false'}}", none)).isEqualTo(Tri.FALSE);
    assertThat(eval("{'StringEqualsIfExists':{'aws:SourceVpce':'v'}}", ctx("aws:SourceVpce", "w")))
        .isEqualTo(Tri.FALSE);
  }

  @Test
  void tv88_setOperatorsOnEmptyAndMultiValuedKeys() {
    RequestContext none = RequestContext.empty();
    assertThat(eval("{'ForAllValues:StringEquals':{'aws:TagKeys':['a']}}", none)).isEqualTo(Tri.TRUE);
    assertThat(eval("{'ForAnyValue:StringEquals':{'aws:TagKeys':['a']}}", none)).isEqualTo(Tri.FALSE);
    RequestContext ab = RequestContext.empty().put("aws:TagKeys", "a", "b");
    assertThat(eval("{'ForAllValues:StringEquals':{'aws:TagKeys':['a']}}", ab)).isEqualTo(Tri.FALSE);
    assertThat(eval("{'ForAnyValue:StringEquals':{'aws:TagKeys':['a']}}", ab)).isEqualTo(Tri.TRUE);
    RequestContext empty = RequestContext.empty().put("aws:TagKeys", java.util.List.of());
    assertThat(eval("{'ForAllValues:StringEquals':{'aws:TagKeys':['a']}}", empty)).isEqualTo(Tri.TRUE);
    assertThat(eval("{'ForAnyValue:StringEquals':{'aws:TagKeys':['a']}}", empty)).isEqualTo(Tri.FALSE);
  }

  @Test
  void tv89_bareIpMeansSlash32() {
    String block = "{'IpAddress':{'aws:SourceIp':'203.0.113.5'}}";
    assertThat(eval(block, ctx("aws:SourceIp", "203.0.113.5"))).isEqualTo(Tri.TRUE);
    assertThat(eval(block, ctx("aws:SourceIp", "203.0.113.6"))).isEqualTo(Tri.FALSE);
  }

  @Test
  void tv90_ipv6CidrIsCaseInsensitive() {
    assertThat(eval("{'IpAddress':{'aws:SourceIp':'2001:DB8:1234:5678::/64'}}", ctx("aws:SourceIp", "2001:db8:1234:5678::1")))
        .isEqualTo(Tri.TRUE);
    assertThat(eval("{'NotIpAddress':{'aws:SourceIp':'2001:DB8:1234:5678::/64'}}", ctx("aws:SourceIp", "2001:db8:1234:5679::1")))
        .isEqualTo(Tri.TRUE);
  }

  @Test
  void tv93_escapesAreLiteral() {
    String block = "{'StringLike':{'aws:UserAgent':'a${*}b'}}";
    assertThat(eval(block, ctx("aws:UserAgent", "a*b"))).isEqualTo(Tri.TRUE);
    assertThat(eval(block, ctx("aws:UserAgent", "axxb"))).isEqualTo(Tri.FALSE);
  }

  @Test
  void tv100_arnLikeIsPerSegment() {
    String value = "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt";
    String pattern = "arn:aws:someservice:*:111122223333:finance/*";
    assertThat(eval("{'StringLike':{'aws:SourceArn':'" + pattern + "'}}", ctx("aws:SourceArn", value))).isEqualTo(Tri.TRUE);
    assertThat(eval("{'ArnLike':{'aws:SourceArn':'" + pattern + "'}}", ctx("aws:SourceArn", value))).isEqualTo(Tri.FALSE);
    assertThat(eval("{'ArnEquals':{'aws:SourceArn':'arn:aws:s:*:1:r/*'}}", ctx("aws:SourceArn", "arn:aws:s:us-east-1:1:r/x")))
        .isEqualTo(Tri.TRUE);
    assertThat(eval("{'ArnNotLike':{'aws:SourceArn':'" + pattern + "'}}", ctx("aws:SourceArn", value))).isEqualTo(Tri.TRUE);
  }

  @Test
  void variablesAreUnresolvedWhenAbsent_negatedThenMatch() {
    assertThat(eval("{'StringEquals':{'aws:UserAgent':'${aws:username}'}}", ctx("aws:UserAgent", "x"))).isEqualTo(Tri.FALSE);
    assertThat(eval("{'StringNotEquals':{'aws:UserAgent':'${aws:username}'}}", ctx("aws:UserAgent", "x"))).isEqualTo(Tri.TRUE);
    assertThat(eval("{'StringEquals':{'aws:UserAgent':'${aws:username}'}}", ctx("aws:UserAgent", "x", "aws:username", "x")))
        .isEqualTo(Tri.TRUE);
    assertThat(eval("{'StringEquals':{'aws:UserAgent':'${aws:username}'}}", ctx("aws:UserAgent", "${aws:username}", "aws:username", "x"), false))
        .isEqualTo(Tri.TRUE);
  }

  @Test
  void numericDateAndBool() {
    assertThat(eval("{'NumericLessThan':{'aws:MultiFactorAuthAge':'3600'}}", ctx("aws:MultiFactorAuthAge", "10"))).isEqualTo(Tri.TRUE);
    assertThat(eval("{'NumericGreaterThanEquals':{'n':'1.5'}}", ctx("n", "1.50"))).isEqualTo(Tri.TRUE);
    assertThat(eval("{'NumericNotEquals':{'n':['1','2']}}", ctx("n", "2"))).isEqualTo(Tri.FALSE);
    assertThat(eval("{'DateLessThan':{'aws:CurrentTime':'2024-01-01T00:00:00Z'}}", ctx("aws:CurrentTime", "2023-06-01T12:00:00Z")))
        .isEqualTo(Tri.TRUE);
    assertThat(eval("{'DateGreaterThan':{'aws:EpochTime':'1700000000'}}", ctx("aws:EpochTime", "2024-01-01T00:00:00Z")))
        .isEqualTo(Tri.TRUE);
    assertThat(eval("{'DateEquals':{'d':'2024-01-01'}}", ctx("d", "2024-01-01T00:00:00+00:00"))).isEqualTo(Tri.TRUE);
    assertThat(eval("{'Bool':{'aws:SecureTransport':'true'}}", ctx("aws:SecureTransport", "true"))).isEqualTo(Tri.TRUE);
    assertThat(eval("{'Bool':{'aws:SecureTransport':false}}", ctx("aws:SecureTransport", "true"))).isEqualTo(Tri.FALSE);
  }

  @Test
  void opaqueValuesMakeConditionsUnknown() {
    String opaque = Symbols.opaque("param Vpce");
    assertThat(eval("{'StringEquals':{'aws:SourceVpce':'" + opaque + "'}}", ctx("aws:SourceVpce", "vpce-1"))).isEqualTo(Tri.UNKNOWN);
    assertThat(eval("{'StringNotEquals':{'aws:SourceVpce':'" + opaque + "'}}", ctx("aws:SourceVpce", "vpce-1"))).isEqualTo(Tri.UNKNOWN);
    assertThat(eval("{'StringEquals':{'aws:SourceVpce':'" + opaque + "'}}", RequestContext.empty())).isEqualTo(Tri.FALSE);
    assertThat(eval("{'StringEquals':{'aws:SourceVpce':'vpce-1'}}", ctx("aws:SourceVpce", opaque))).isEqualTo(Tri.UNKNOWN);
    assertThat(eval("{'IpAddress':{'aws:SourceIp':'" + opaque + "'}}", ctx("aws:SourceIp", "1.2.3.4"))).isEqualTo(Tri.UNKNOWN);
    assertThat(eval("{'StringEquals':" + "'" + opaque + "'}", ctx())).isEqualTo(Tri.UNKNOWN);
  }
}
