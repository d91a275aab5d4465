package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;
import java.util.List;

/**
 * What wrote a statement that the input does not contain as written: SAM expands the lists of an
 * API's {@code Auth.ResourcePolicy} into statements (reference §8.2), and each such statement keeps
 * the list it comes from.
 *
 * @param statement the statement's index in its policy document
 * @param list which kind of SAM list produced it
 * @param blacklist a {@code …Blacklist} (the Deny names what is refused) rather than a
 *     {@code …Whitelist} (the Deny names what is let through)
 * @param properties the SAM properties that produced it: {@code IpRangeBlacklist}; the VPC lists of
 *     one kind share their statements ({@code SourceVpcBlacklist}, {@code IntrinsicVpceBlacklist})
 * @param location where the first of them is written
 */
public record StatementOrigin(int statement, SamList list, boolean blacklist, List<String> properties, Location location) {

  /** The kinds of list in SAM's {@code ResourcePolicyStatement}. */
  public enum SamList {
    /** {@code AwsAccountWhitelist}/{@code AwsAccountBlacklist}: an Allow or a Deny naming the accounts. */
    AWS_ACCOUNTS,
    /** {@code IpRange…}: an Allow for {@code Principal "*"} and a Deny on {@code aws:SourceIp}. */
    IP_RANGES,
    /** {@code SourceVpc…}, {@code IntrinsicVpc…}, {@code IntrinsicVpce…}: an Allow for {@code "*"} and one Deny on both VPC keys. */
    VPCS
  }

  public StatementOrigin {
    properties = List.copyOf(properties);
  }

  /** The properties as one name for messages: {@code SourceVpcBlacklist and IntrinsicVpceBlacklist}. */
  public String display() {
    return String.join(" and ", properties);
  }
}
