package io.github.apigwlint.policy;

import java.util.List;

/** The AWS partitions (those SAM's {@code ArnGenerator} maps Regions to), for a partition the input leaves open. */
public final class Partitions {

  public static final List<String> ALL =
      List.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc");

  private Partitions() {}
}
