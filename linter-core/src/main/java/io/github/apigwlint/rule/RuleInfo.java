package io.github.apigwlint.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one metadata declaration of a rule. The rule list of {@code apigw-lint rules}, the SARIF
 * {@code tool.driver.rules} and the docs index are all generated from it; the long help is the
 * rule's doc page {@code docs/rules/<id>.md}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

  /** Stable kebab-case id that names the problem. */
  String id();

  /** One line saying what is wrong. */
  String title();

  Severity severity();

  /**
   * When some findings get another severity than {@link #severity()}, which and when ({@code
   * "note for the SAM case"}); shown beside the severity on the rule's page.
   */
  String severityVaries() default "";

  /** Area of the rule: {@code access}, {@code private-api}, {@code policy}, {@code domain}, ... */
  String category();

  /** Whether the rule reports a security weakness (SARIF {@code security-severity}). */
  boolean security() default false;

  String[] tags() default {};

  /** Version of apigw-lint that introduced the rule. */
  String since();

  /** Former ids, still accepted in configuration and suppressions. */
  String[] altIds() default {};

  boolean enabledByDefault() default true;

  /**
   * How often a finding of the rule is a real problem: {@code very-high}, {@code high}, {@code
   * medium} or {@code low} (SARIF {@code precision}, which code scanning uses to rank alerts).
   */
  String precision() default "high";
}
