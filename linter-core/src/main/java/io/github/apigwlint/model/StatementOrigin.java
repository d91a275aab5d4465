package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;
import java.util.List;

/**
 * What wrote a statement that the input does not contain as written: SAM expands the lists of an
 * API's {@code Auth.ResourcePolicy} into statements (reference §8.2), and each such statement keeps
 * the properties it comes from.
 *
 * @param statement the statement's index in its policy document
 * @param properties the SAM properties that produced it: {@code IpRangeBlacklist}; the VPC lists of
 *     one kind share their statements ({@code SourceVpcBlacklist}, {@code IntrinsicVpceBlacklist})
 * @param location where the first of them is written
 */
public record StatementOrigin(int statement, List<String> properties, Location location) {

  public StatementOrigin {
    properties = List.copyOf(properties);
  }

  /** The properties as one name for messages: {@code SourceVpcBlacklist and IntrinsicVpceBlacklist}. */
  public String display() {
    return String.join(" and ", properties);
  }
}
