package io.github.apigwlint.testutil;

import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyParser;

/** The conventions of §12: owner 111111111111, other 222222222222, us-east-1, API a1b2c3d4e5. */
public final class Fixtures {

  public static final String OWNER = "111111111111";
  public static final String OTHER = "222222222222";
  public static final String API_ID = "a1b2c3d4e5";
  public static final ExpansionContext API = new ExpansionContext("aws", "us-east-1", OWNER, API_ID);
  public static final Caller ALICE = Caller.user(OWNER, "alice");
  public static final Caller BOB = Caller.user(OTHER, "bob");

  private Fixtures() {}

  /** {@code ARN(p)} of §12. */
  public static String arn(String p) {
    return API.arnPrefix() + "/" + p;
  }

  /** A resource policy from statements written as JSON (single quotes allowed), Version 2012-10-17. */
  public static Policy resourcePolicy(String statements) {
    return PolicyParser.parse(Json.parse("{'Version':'2012-10-17','Statement':[" + statements + "]}"), true);
  }

  public static Policy identityPolicy(String statements) {
    return PolicyParser.parse(Json.parse("{'Version':'2012-10-17','Statement':[" + statements + "]}"), false);
  }
}
