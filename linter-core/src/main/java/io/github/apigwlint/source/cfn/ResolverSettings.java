package io.github.apigwlint.source.cfn;

import io.github.apigwlint.source.Symbols;

/**
 * What is known about where a template deploys; each part may be null (unknown), and then stands
 * as a symbol rather than a guess.
 */
public record ResolverSettings(String account, String region, String partition) {

  public static ResolverSettings unknown() {
    return new ResolverSettings(null, null, null);
  }

  String accountValue() {
    return account != null ? account : Symbols.SELF_ACCOUNT;
  }

  String regionValue() {
    return region != null ? region : Symbols.REGION;
  }

  String partitionValue() {
    if (partition != null) {
      return partition;
    }
    if (region == null) {
      return Symbols.PARTITION;
    }
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }

  String urlSuffix() {
    String value = partitionValue();
    if (Symbols.isSymbolic(value)) {
      return Symbols.token(Symbols.PSEUDO, "AWS::URLSuffix");
    }
    return value.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com";
  }
}
