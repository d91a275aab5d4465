package io.github.apigwlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MermaidTest {

  @Test
  void labelsCannotEndTheirQuotesOrEdges() {
    assertThat(Mermaid.escape("role \"a|b\" <x> #1 `y`\nz")).isEqualTo("role #quot;a#124;b#quot; #lt;x#gt; #35;1 #96;y#96; z");
  }
}
