package io.github.apigwlint.source.cfn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The {@code ${…}} placeholders of an {@code Fn::Sub} string. */
final class SubTemplate {

  private SubTemplate() {}

  /**
   * The pieces of the string with each {@code ${name}} replaced by {@code lookup(name)}, {@code
   * ${!text}} standing for {@code ${text}}: joined, they are the string, which the caller may first
   * measure.
   */
  static List<String> pieces(String template, UnaryOperator<String> lookup) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("${", i);
      int close = open < 0 ? -1 : template.indexOf('}', open + 2);
      if (close < 0) {
        out.add(template.substring(i));
        break;
      }
      out.add(template.substring(i, open));
      if (template.charAt(open + 2) == '!') {
        out.add("${");
        i = open + 3;
      } else {
        out.add(lookup.apply(template.substring(open + 2, close).trim()));
        i = close + 1;
      }
    }
    return out;
  }
}
