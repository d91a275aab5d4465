package io.github.apigwlint.differential;

import io.github.apigwlint.access.Callers;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.testutil.RandomPolicies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random cases for the differential test: resource and identity policies from small pools (so that
 * statements meet), principals of the owner account and of others, anonymous callers, and request
 * contexts drawn from the values the policies name. The principal's own keys (aws:PrincipalArn,
 * aws:PrincipalAccount, aws:username, aws:PrincipalType) are put in the context the way IAM derives
 * them, so that both evaluators see the same request.
 */
final class DifferentialCases {

  static final String OWNER = "111111111111";
  private static final String PREFIX = "arn:aws:execute-api:us-east-1:" + OWNER + ":a1b2c3d4e5";

  private static final List<String> PRINCIPALS = List.of("anonymous", "arn:aws:iam::111111111111:user/alice",
      "arn:aws:sts::111111111111:assumed-role/reader/s1", "arn:aws:sts::222222222222:assumed-role/reader/s1",
      "arn:aws:iam::222222222222:user/bob", "arn:aws:sts::333333333333:assumed-role/reader/x",
      "arn:aws:iam::222222222222:root");
  private static final List<String> ACTIONS =
      List.of("execute-api:Invoke", "execute-api:Invoke", "execute-api:InvalidateCache", "execute-api:ManageConnections");
  private static final List<String> PATHS =
      List.of("prod/GET/pets", "prod/POST/pets", "beta/GET/pets/1", "prod/GET/users/alice", "prod/GET/users/bob");
  private static final List<String> FULL_RESOURCES = List.of("'" + PREFIX + "/*'", "'" + PREFIX + "/prod/*'",
      "'" + PREFIX + "/prod/GET/pets'", "'" + PREFIX + "/*/GET/*'", "'" + PREFIX + "/prod/GET/users/${aws:username}'",
      "'*'", "'arn:aws:execute-api:us-east-1:111111111111:otherapi00/*'", "'arn:aws:execute-api:us-east-1:*:a1b2c3d4e5/beta/*'",
      "['" + PREFIX + "/beta/*','" + PREFIX + "/prod/POST/*']", "'" + PREFIX + "/prod/GET/pet?'");
  private static final List<String> PEER_LIMITED_RESOURCES =
      List.of("'execute-api:/*'", "'execute-api:/prod/GET/pets'", "'arn:aws:execute-api:*:*:*/prod/*'");

  private static final Pattern IPV4_VALUE = Pattern.compile("\"\\d+\\.\\d+\\.\\d+\\.\\d+[/\"]");

  private final RandomPolicies random;

  DifferentialCases(long seed) {
    this.random = new RandomPolicies(seed);
  }

  List<DifferentialCase> generate(int count) {
    List<DifferentialCase> cases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      cases.add(next(String.format("case-%05d", i)));
    }
    return cases;
  }

  private DifferentialCase next(String id) {
    Set<String> features = new LinkedHashSet<>();
    String principal = random.pick(PRINCIPALS);
    String resourcePolicy = random.random().nextInt(8) == 0 ? null : policy(true, features);
    List<String> identities = new ArrayList<>();
    if (!principal.equals("anonymous")) {
      for (int n = random.random().nextInt(3); n > 0; n--) {
        identities.add(policy(false, features));
      }
    }
    Map<String, String> context = new LinkedHashMap<>();
    if (!principal.equals("anonymous")) {
      Caller caller = Callers.parse(principal).orElseThrow();
      RequestContext.forCaller(caller).asMap().forEach((k, v) -> context.put(k, v.get(0)));
      if (random.random().nextBoolean()) {
        context.put("aws:PrincipalOrgID", random.pick(RandomPolicies.ORGS));
      }
    }
    putSometimes(context, "aws:SourceIp", List.of("10.1.2.3", "10.9.9.9", "192.0.2.7", "203.0.113.5", "2001:db8::5"));
    putSometimes(context, "aws:SourceVpce", RandomPolicies.VPCES);
    putSometimes(context, "aws:SourceVpc", RandomPolicies.VPCS);
    putSometimes(context, "aws:VpcSourceIp", List.of("10.1.2.3", "172.16.0.1"));
    putSometimes(context, "aws:UserAgent", RandomPolicies.AGENTS);
    putSometimes(context, "aws:SecureTransport", List.of("true", "false"));
    putSometimes(context, "aws:EpochTime", List.of("1700000000", "1800000000"));
    String resource = PREFIX + "/" + random.pick(PATHS);
    String policies = resourcePolicy + identities;
    if (policies.contains("0.0.0.0/0")) {
      features.add("cidr-zero-prefix");
    }
    boolean ipv6Caller = context.getOrDefault("aws:SourceIp", "").contains(":") || context.getOrDefault("aws:VpcSourceIp", "").contains(":");
    if (ipv6Caller && IPV4_VALUE.matcher(policies).find()) {
      features.add("ipv6-address-against-ipv4-network");
    }
    return new DifferentialCase(id, resourcePolicy, identities, principal, random.pick(ACTIONS), resource, context, features);
  }

  private void putSometimes(Map<String, String> context, String key, List<String> values) {
    if (random.random().nextBoolean()) {
      context.put(key, random.pick(values));
    }
  }

  /** A policy document; resource policies get Principal, identity policies none. */
  private String policy(boolean resourcePolicy, Set<String> features) {
    int count = 1 + random.random().nextInt(4);
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String statement = random.statement();
      statement = statement.replaceFirst("'(Not)?Resource':('[^']*'|\\[[^]]*])", "'$1Resource':" + Matcher.quoteReplacement(resource(features)));
      if (!resourcePolicy) {
        statement = statement.replaceFirst("'(Not)?Principal':(\\{[^}]*}|'\\*')", "").replace("{,", "{").replace(",,", ",");
      }
      statement = extraCondition(statement);
      statements.add(statement);
    }
    String version = random.random().nextInt(6) == 0 ? "2008-10-17" : "2012-10-17";
    if (version.startsWith("2008") && statements.toString().contains("${")) {
      features.add("variables-under-2008");
    }
    return ("{'Version':'" + version + "','Statement':[" + String.join(",", statements) + "]}").replace('\'', '"');
  }

  private String resource(Set<String> features) {
    if (random.random().nextInt(12) == 0) {
      String limited = random.pick(PEER_LIMITED_RESOURCES);
      features.add(limited.contains("execute-api:/") ? "shorthand-resource" : "wildcard-api-id");
      return limited;
    }
    return random.pick(FULL_RESOURCES);
  }

  /** Now and then a Bool, Numeric or set-operator condition the pools of RandomPolicies lack. */
  private String extraCondition(String statement) {
    String extra = switch (random.random().nextInt(10)) {
      case 0 -> "'Bool':{'aws:SecureTransport':'" + random.random().nextBoolean() + "'}";
      case 1 -> "'NumericLessThan':{'aws:EpochTime':'1750000000'}";
      case 2 -> "'ForAnyValue:StringEquals':{'aws:SourceVpce':['vpce-0aaaaaaaaaaaaaaaa']}";
      case 3 -> "'StringEqualsIgnoreCase':{'aws:UserAgent':'AGENT-A'}";
      default -> null;
    };
    if (extra == null || statement.contains("'Condition'")) {
      return statement;
    }
    return statement.substring(0, statement.length() - 1) + ",'Condition':{" + extra + "}}";
  }
}
