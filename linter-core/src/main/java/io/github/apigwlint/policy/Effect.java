package io.github.apigwlint.policy;

/** A statement's Effect; the JSON spelling is case-sensitive. */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  private final String spelling;

  Effect(String spelling) {
    this.spelling = spelling;
  }

  public String spelling() {
    return spelling;
  }

  public static java.util.Optional<Effect> parse(String text) {
    for (Effect e : values()) {
      if (e.spelling.equals(text)) {
        return java.util.Optional.of(e);
      }
    }
    return java.util.Optional.empty();
  }
}
