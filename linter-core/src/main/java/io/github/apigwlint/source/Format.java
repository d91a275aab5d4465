package io.github.apigwlint.source;

/** What a file holds, decided by its content (Terraform's own files by their names). */
public enum Format {
  /** An IAM policy document (resource, identity, trust or endpoint policy). */
  POLICY,
  /** A CloudFormation template, JSON or YAML, SAM and CDK output included. */
  CLOUDFORMATION,
  /** An OpenAPI 2 or 3 definition. */
  OPENAPI,
  /** {@code terraform show -json} output. */
  TERRAFORM_PLAN,
  /** Terraform configuration: HCL ({@code .tf}) or its JSON syntax ({@code .tf.json}). */
  TERRAFORM_CONFIG,
  /** Values of a Terraform module's variables: HCL ({@code .tfvars}) or JSON ({@code .tfvars.json}). */
  TERRAFORM_VARIABLES,
  /** Parsed, but nothing apigw-lint reads on its own: skipped, unless a template includes it ({@code AWS::Include}). */
  UNKNOWN;

  /** What a file of {@link #UNKNOWN} format is not, as the notes of skipped files say. */
  public static final String ANY_OF_OURS = "a policy, template, API definition or Terraform file";

  /** A file of a Terraform module's folder, read with the module's other files. */
  public boolean ofTerraformModule() {
    return this == TERRAFORM_CONFIG || this == TERRAFORM_VARIABLES;
  }
}
