package io.github.apigwlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Spelling;
import io.github.apigwlint.testutil.Json;
import org.junit.jupiter.api.Test;

class PrincipalValidatorTest {

  @Test
  void tv102_partialPrincipalWildcardIsInvalid() {
    Policy policy = PolicyParser.parse(Json.parse("""
        {"Statement": {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*",
          "Principal": {"AWS": ["arn:aws:iam::222222222222:role/dev-*", "12345", "",
                                "arn:aws:s3:::bucket", "arn:aws:iam::222222222222:role/ok"]}}}"""), true);
    var problems = PrincipalValidator.validate(policy.statements().get(0).principal(), Spelling.CLOUDFORMATION);
    assertThat(problems).extracting(PolicyProblem::location).containsExactly(
        new Location(Json.FILE, 2, 25), new Location(Json.FILE, 2, 65), new Location(Json.FILE, 2, 74),
        new Location(Json.FILE, 3, 25));
    assertThat(problems.get(0).message()).contains("partial wildcard");
    assertThat(problems.get(1).message()).contains("malformed account id");
    assertThat(problems.get(2).message()).isEqualTo("empty principal");
    assertThat(problems.get(3).message()).contains("not an IAM or STS principal ARN");
  }

  @Test
  void wellFormedPrincipals() {
    assertThat(PrincipalValidator.checkAws("arn:aws:iam::111111111111:root", Spelling.CLOUDFORMATION)).isNull();
    assertThat(PrincipalValidator.checkAws("arn:aws:sts::111111111111:assumed-role/r/s", Spelling.CLOUDFORMATION)).isNull();
    assertThat(PrincipalValidator.checkAws("arn:aws:iam::111111111111:user/path/alice", Spelling.CLOUDFORMATION)).isNull();
    assertThat(PrincipalValidator.checkAws("arn:aws:iam::111111111111:assumed-role/r/s", Spelling.CLOUDFORMATION)).isNotNull();
    assertThat(PrincipalValidator.checkAws("arn:aws:iam::1111:root", Spelling.CLOUDFORMATION)).contains("malformed account id");
  }
}
