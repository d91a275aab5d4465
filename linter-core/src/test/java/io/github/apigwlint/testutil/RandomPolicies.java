package io.github.apigwlint.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random resource-policy statements as JSON, drawn from small pools so that different statements
 * meet on the same values (which is where combination bugs live). Seeded: the same seed gives the
 * same policies.
 */
public final class RandomPolicies {

  public static final List<String> ACCOUNTS = List.of("111111111111", "222222222222", "333333333333");
  public static final List<String> ORGS = List.of("o-aaaaaaaaaa", "o-bbbbbbbbbb");
  public static final List<String> VPCES = List.of("vpce-0aaaaaaaaaaaaaaaa", "vpce-0bbbbbbbbbbbbbbbb");
  public static final List<String> VPCS = List.of("vpc-0aaaaaaaaaaaaaaaa", "vpc-0bbbbbbbbbbbbbbbb");
  public static final List<String> CIDRS =
      List.of("10.0.0.0/8", "10.1.0.0/16", "10.1.2.3", "192.0.2.0/24", "2001:db8::/32", "0.0.0.0/0");
  public static final List<String> AGENTS = List.of("curl/8.0", "agent-a", "agent-b");

  private static final List<String> PRINCIPALS = List.of("'*'", "{'AWS':'*'}", "{'AWS':'111111111111'}",
      "{'AWS':'arn:aws:iam::222222222222:root'}", "{'AWS':['222222222222','arn:aws:iam::333333333333:role/reader']}",
      "{'AWS':'arn:aws:iam::222222222222:user/bob'}", "{'AWS':'arn:aws:iam::333333333333:role/reader'}");
  private static final List<String> ACTIONS = List.of("'execute-api:Invoke'", "'execute-api:*'", "'*'",
      "'EXECUTE-API:invoke'", "'execute-api:InvalidateCache'", "['execute-api:Invoke','execute-api:ManageConnections']",
      "'execute-api:Inv*'", "'execute-api:Invok?'");
  private static final List<String> RESOURCES = List.of("'execute-api:/*'", "'execute-api:/prod/*'",
      "'execute-api:/prod/GET/pets'", "'execute-api:/*/GET/*'", "'execute-api:/beta/*'",
      "'arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/*'", "'*'",
      "'arn:aws:execute-api:us-east-1:111111111111:otherapi00/*'", "'arn:aws:execute-api:*:*:*/prod/*/pets'");

  private final Random random;

  public RandomPolicies(long seed) {
    this.random = new Random(seed);
  }

  public Random random() {
    return random;
  }

  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A policy of 1 to {@code max} statements, as the Statement array's members. */
  public String statements(int max) {
    int count = 1 + random.nextInt(max);
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statements.add(statement());
    }
    return String.join(",", statements);
  }

  public String statement() {
    String effect = random.nextInt(3) == 0 ? "Deny" : "Allow";
    String principal = (random.nextInt(8) == 0 ? "'NotPrincipal':" : "'Principal':") + pick(PRINCIPALS);
    String action = (random.nextInt(10) == 0 ? "'NotAction':" : "'Action':") + pick(ACTIONS);
    String resource = (random.nextInt(10) == 0 ? "'NotResource':" : "'Resource':") + pick(RESOURCES);
    String condition = random.nextInt(3) == 0 ? "" : ",'Condition':" + condition();
    return "{'Effect':'" + effect + "'," + principal + "," + action + "," + resource + condition + "}";
  }

  /** One to three operators, each with one or two keys. */
  public String condition() {
    int operators = 1 + random.nextInt(2);
    List<String> blocks = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (int i = 0; i < operators; i++) {
      String[] clause = clause();
      if (!used.contains(clause[0])) {
        used.add(clause[0]);
        blocks.add("'" + clause[0] + "':{" + clause[1] + "}");
      }
    }
    return "{" + String.join(",", blocks) + "}";
  }

  private String[] clause() {
    String ifExists = random.nextInt(5) == 0 ? "IfExists" : "";
    return switch (random.nextInt(9)) {
      case 0 -> new String[] {pick(List.of("IpAddress", "NotIpAddress")) + ifExists, entry("aws:SourceIp", CIDRS)};
      case 1 -> new String[] {pick(List.of("IpAddress", "NotIpAddress")) + ifExists, entry("aws:VpcSourceIp", CIDRS)};
      case 2 -> new String[] {stringOperator() + ifExists, entry("aws:SourceVpce", VPCES)};
      case 3 -> new String[] {stringOperator() + ifExists,
          entry("aws:SourceVpc", VPCS) + (random.nextBoolean() ? "," + entry("aws:SourceVpce", VPCES) : "")};
      case 4 -> new String[] {stringOperator() + ifExists, entry("aws:PrincipalOrgID", ORGS)};
      case 5 -> new String[] {stringOperator() + ifExists, entry("aws:PrincipalAccount", ACCOUNTS)};
      case 6 -> new String[] {pick(List.of("ArnLike", "ArnNotLike", "ArnEquals")) + ifExists,
          entry("aws:PrincipalArn", List.of("arn:aws:iam::333333333333:role/*", "arn:aws:iam::222222222222:user/bob",
              "arn:aws:iam::*:role/reader"))};
      case 7 -> new String[] {pick(List.of("StringLike", "StringNotLike")) + ifExists, entry("aws:UserAgent", AGENTS)};
      default -> new String[] {"Null", "'aws:" + pick(List.of("SourceVpce", "SourceIp", "PrincipalOrgID", "UserAgent"))
          + "':'" + random.nextBoolean() + "'"};
    };
  }

  private String stringOperator() {
    return pick(List.of("StringEquals", "StringNotEquals", "StringLike", "StringNotLike"));
  }

  private String entry(String key, List<String> pool) {
    if (random.nextBoolean()) {
      return "'" + key + "':'" + pick(pool) + "'";
    }
    return "'" + key + "':['" + pick(pool) + "','" + pick(pool) + "']";
  }
}
