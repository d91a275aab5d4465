package io.github.apigwlint.model;

import io.github.apigwlint.source.Spelling;

/**
 * The language an element was written in, so that a finding's fix can name the property the user
 * writes ({@code AuthorizationType} in CloudFormation, {@code authorization} in Terraform).
 */
public enum Syntax {
  CLOUDFORMATION,
  /** SAM's resources and their properties, in a CloudFormation template with the SAM transform. */
  SAM,
  TERRAFORM,
  OPENAPI,
  POLICY;

  /** How this language writes the values the input does not fix. */
  public Spelling spelling() {
    return this == TERRAFORM ? Spelling.TERRAFORM : Spelling.CLOUDFORMATION;
  }
}
