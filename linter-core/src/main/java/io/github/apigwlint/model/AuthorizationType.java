package io.github.apigwlint.model;

import java.util.Locale;

/** Authorization of a REST method or a v2 route. UNKNOWN when the template does not fix it. */
public enum AuthorizationType {
  NONE,
  AWS_IAM,
  CUSTOM,
  COGNITO_USER_POOLS,
  JWT,
  UNKNOWN;

  public static AuthorizationType parse(String text) {
    if (text == null) {
      return NONE;
    }
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }
}
