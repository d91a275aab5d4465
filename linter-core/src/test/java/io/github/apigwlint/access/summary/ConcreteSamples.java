package io.github.apigwlint.access.summary;

import io.github.apigwlint.access.Callers;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.CidrBlock;
import io.github.apigwlint.testutil.RandomPolicies;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random concrete callers and origins inside a class of the summary. */
final class ConcreteSamples {

  private final Random random;
  private final PolicyMentions mentions;

  ConcreteSamples(Random random, PolicyMentions mentions) {
    this.random = random;
    this.mentions = mentions;
  }

  Caller caller(CallerClass type, String apiAccount) {
    return switch (type.kind()) {
      case ANYONE, CONNECTED -> Caller.anonymous();
      case SAME_ACCOUNT -> session(apiAccount).withOrgId(anyOrg());
      case ANY_AWS_ACCOUNT -> session(strangerAccount()).withOrgId(type.representative().orgId() == null ? null : strangerOrg());
      case NO_ORGANIZATION -> session(strangerAccount());
      case ORGANIZATION -> session(strangerAccount()).withOrgId(type.value());
      case ACCOUNT -> session(type.value()).withOrgId(anyOrg());
      case ROLE, USER -> withSession(Callers.parse(type.value()).orElseThrow()).withOrgId(anyOrg());
      case PRINCIPAL_PATTERN -> withSession(Callers.parse(expand(type.value(), "abcxyz019")).orElseThrow()).withOrgId(anyOrg());
    };
  }

  OriginClass origin(OriginClass type) {
    String vpce = type.vpce() == null ? "vpce-" + hex(17) : expand(type.vpce(), "0123456789abcdef");
    String vpc = type.vpc() == null ? "vpc-" + hex(17) : expand(type.vpc(), "0123456789abcdef");
    return new OriginClass(type.privateApi(), type.vpce(), type.privateApi() ? vpce : null, type.vpc(),
        type.privateApi() ? vpc : null, address(type), type.within(), type.networks(),
        type.endpointsNamed(), type.vpcsNamed());
  }

  /** Values for the keys the summary does not model: absent, one the policy names, or another. */
  Map<String, String> unmodelled(List<String> keys, Caller caller) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : keys) {
      if (CellEvaluator.isPrincipalKey(key) && !caller.isSigned()) {
        continue;
      }
      List<String> named = new ArrayList<>(mentions.values(key));
      int choice = random.nextInt(3);
      if (choice == 1 && !named.isEmpty()) {
        values.put(key, named.get(random.nextInt(named.size())));
      } else if (choice == 2) {
        values.put(key, "value-" + random.nextInt(1000));
      }
    }
    return values;
  }

  private String address(OriginClass type) {
    for (int attempt = 0; attempt < 200; attempt++) {
      String candidate = randomAddress(type.within());
      if (new HashSet<>(OriginCandidates.containing(type.networks(), candidate)).equals(new HashSet<>(type.within()))) {
        return candidate;
      }
    }
    return type.address();
  }

  private String randomAddress(List<CidrBlock> within) {
    if (within.isEmpty()) {
      boolean v6 = random.nextInt(4) == 0;
      return CidrBlock.format(v6 ? CidrBlock.IPV6 : CidrBlock.IPV4, new BigInteger(v6 ? 128 : 32, random));
    }
    CidrBlock smallest = within.stream().max((a, b) -> Integer.compare(a.prefix(), b.prefix())).orElseThrow();
    BigInteger size = smallest.last().subtract(smallest.first()).add(BigInteger.ONE);
    BigInteger offset = new BigInteger(size.bitLength() + 8, random).mod(size);
    return CidrBlock.format(smallest.family(), smallest.first().add(offset));
  }

  private Caller session(String account) {
    return Caller.roleSession(account, "role-" + random.nextInt(100), "s" + random.nextInt(100));
  }

  private Caller withSession(Caller caller) {
    if (caller.kind() != Caller.Kind.ROLE_SESSION) {
      return caller;
    }
    String session = "s" + random.nextInt(100);
    String arn = caller.arn().substring(0, caller.arn().lastIndexOf('/') + 1) + session;
    return new Caller(caller.kind(), arn, caller.account(), caller.roleArn(), null, caller.tags(), null);
  }

  private String strangerAccount() {
    String account;
    do {
      account = String.format("%012d", (long) (random.nextDouble() * 1e12));
    } while (RandomPolicies.ACCOUNTS.contains(account));
    return account;
  }

  private String anyOrg() {
    List<String> orgs = new ArrayList<>(mentions.values(CallerCandidates.PRINCIPAL_ORG));
    orgs.add(strangerOrg());
    orgs.add(null);
    return orgs.get(random.nextInt(orgs.size()));
  }

  private String strangerOrg() {
    return "o-random" + random.nextInt(10_000);
  }

  private String expand(String pattern, String alphabet) {
    StringBuilder text = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '*') {
        for (int i = random.nextInt(4); i > 0; i--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      } else if (c == '?') {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private String hex(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append("0123456789abcdef".charAt(random.nextInt(16)));
    }
    return text.toString();
  }
}
