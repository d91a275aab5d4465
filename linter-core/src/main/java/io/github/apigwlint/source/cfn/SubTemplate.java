package io.github.apigwlint.source.cfn;

import java.util.function.UnaryOperator;

/** The {@code ${…}} placeholders of an {@code Fn::Sub} string. */
final class SubTemplate {

  private SubTemplate() {}

  /** Replaces each {@code ${name}} by {@code lookup(name)}; {@code ${!text}} stands for {@code ${text}}. */
  static String substitute(String template, UnaryOperator<String> lookup) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("${", i);
      int close = open < 0 ? -1 : template.indexOf('}', open + 2);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      if (template.charAt(open + 2) == '!') {
        out.append("${");
        i = open + 3;
      } else {
        out.append(lookup.apply(template.substring(open + 2, close).trim()));
        i = close + 1;
      }
    }
    return out.toString();
  }
}
