package io.github.apigwlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.source.Symbols;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "arn:aws:iam::111122223333:role/ApiClient | 111122223333",
        "123456789012 | 123456789012",
        "arn:aws:execute-api:us-east-1:444455556666:abc/* | 444455556666",
        "arn:aws:iam::<account-id>:root | <account-id>",
        "arn:aws:execute-api:us-east-1:111111111111:<api-id>/* | <api-id>",
        "arn:aws:execute-api:us-east-1:111111111111:{api-id}/* | {api-id}",
        "arn:aws:execute-api:{region}:{accountId}:x/* | {region}",
        "arn:aws:execute-api:us-east-1:{ACCOUNT-ID}:x/* | {ACCOUNT-ID}",
        "arn:aws:iam::{rest-api-id}:root | {rest-api-id}",
        "{vpce-id} | {vpce-id}",
        "{vpc-id} | {vpc-id}",
        "account-id | account-id",
        "account-id-2 | account-id-2",
        "arn:aws:iam::account-id:root | account-id",
        "arn:aws:execute-api:us-east-1:111111111111:api-id/* | api-id",
        "arn:aws:iam::AWS_ACCOUNT_ID:root | AWS_ACCOUNT_ID",
        "ACCOUNT_ID | ACCOUNT_ID",
        "vpce-1a2b3c4d | vpce-1a2b3c4d",
        "vpc-1a2b3c4d | vpc-1a2b3c4d",
        "o-abc123 | o-abc123",
        "o-a1b2c3d4e5/r-ab12/* | o-a1b2c3d4e5",
      })
  void findsPlaceholders(String text, String placeholder) {
    assertThat(Placeholders.find(text)).contains(placeholder);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:iam::111111111111:role/ApiClient",
        "222222222222",
        "1123456789012",
        "1234567890123",
        "execute-api:/prod/GET/orders/{orderId}",
        "execute-api:/prod/GET/orders/{id}",
        "execute-api:/prod/ANY/{proxy+}",
        "vpce-0b7d3f1e9a2c46581",
        "vpce-1a2b3c4d5",
        "o-abc1234",
        "my-account-id-role",
        "arn:aws:iam::111111111111:role/api-ids",
        "execute-api:Invoke",
        "*",
      })
  void leavesRealValuesAlone(String text) {
    assertThat(Placeholders.find(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"AccountId", "account-id", "<account-id>", "{api-id}", "111122223333", "vpce-1a2b3c4d"})
  void symbolsNeverMatch(String name) {
    assertThat(Placeholders.find(Symbols.opaque(name))).isEmpty();
    assertThat(Placeholders.find("arn:aws:iam::" + Symbols.token(Symbols.PSEUDO, name) + ":root")).isEmpty();
    assertThat(Placeholders.find(Symbols.resource(name) + "/*")).isEmpty();
  }

  static Stream<Arguments> variablesOfOtherTools() {
    return Stream.of(
        arguments("arn:aws:iam::${self:custom.config.masterAccount}:root", "${self:custom.config.masterAccount}"),
        arguments("arn:aws:s3:::${opt:stage}-bucket/*", "${opt:stage}"),
        arguments("${file(./config.yml):account}", "${file(./config.yml):account}"),
        arguments("${cf:shared.ApiArn}/*", "${cf:shared.ApiArn}"),
        arguments("${cf.us-east-1:shared.ApiArn}/*", "${cf.us-east-1:shared.ApiArn}"),
        arguments("${cf(us-east-1):shared.ApiArn}/*", "${cf(us-east-1):shared.ApiArn}"),
        arguments("arn:aws:s3:::${ssm:/config/bucket}", "${ssm:/config/bucket}"),
        arguments("execute-api:/${sls:stage}/*", "${sls:stage}"),
        arguments("${env:ACCOUNT_ID}", "${env:ACCOUNT_ID}"),
        arguments("${param:account}", "${param:account}"));
  }

  @ParameterizedTest
  @MethodSource("variablesOfOtherTools")
  void classC_variablesOfOtherToolsArePlaceholdersAndUnknown(String text, String placeholder) {
    assertThat(Placeholders.find(text)).contains(placeholder);
    assertThat(Placeholders.find(Placeholders.marked(text))).contains(placeholder);
    assertThat(Symbols.hasOpaque(Placeholders.marked(text))).isTrue();
    assertThat(Symbols.render(Placeholders.marked(text))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:s3:::shared/${aws:username}/*",
        "arn:aws:s3:::shared/${aws:PrincipalTag/team, 'company-wide'}/*",
        "a${*}b${?}c${$}",
        "arn:aws:s3:::${s3:prefix}",
        "arn:aws:s3:::${cognito-identity.amazonaws.com:sub}/*",
      })
  void classC_iamPolicyVariablesStayWhatTheyAreOutsideAPrincipal(String text) {
    assertThat(Placeholders.find(text)).isEmpty();
    assertThat(Placeholders.marked(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${aws:username}", "${aws:PrincipalAccount}", "${s3:prefix}", "${*}"})
  void classC_aPrincipalTakesNoPolicyVariable(String variable) {
    String principal = Placeholders.markedInPrincipal("arn:aws:iam::111111111111:user/" + variable);
    assertThat(Symbols.hasOpaque(principal)).isTrue();
    assertThat(Placeholders.find(principal)).contains(variable);
  }

  @Test
  void classD_anAccountTheInputShowsAsItsOwnIsNoPlaceholder() {
    Set<String> own = Set.of("123456789012");
    assertThat(Placeholders.find("arn:aws:iam::123456789012:role/jmeter", own)).isEmpty();
    assertThat(Placeholders.find("arn:aws:iam::123456789012:role/jmeter")).contains("123456789012");
    assertThat(Placeholders.find("arn:aws:iam::123456789012:role/${opt:role}-111122223333", own)).contains("${opt:role}");
  }
}
