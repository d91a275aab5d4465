package io.github.apigwlint.model;

/**
 * The CloudFormation {@code Condition} a resource is created under: CloudFormation creates the
 * resource only when the condition is true.
 *
 * @param name the condition's name
 * @param withDefaults its value with the parameter defaults (and the configured account and Region),
 *     or null when the template leaves it open
 */
public record CreationCondition(String name, Boolean withDefaults) {

  /** {@code only when condition IsProd is true (false with the parameter defaults)}. */
  public String describe() {
    String only = "only when condition " + name + " is true";
    return withDefaults == null ? only : only + " (" + withDefaults + " with the parameter defaults)";
  }
}
