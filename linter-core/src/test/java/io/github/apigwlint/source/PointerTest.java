package io.github.apigwlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointerTest {

  @Test
  void writesKeysAndIndexesEscapedAsPointersDoes() {
    Pointer pointer = Pointer.ROOT.child("paths").child("/pets/{id}").child("a~b").child(2);

    assertThat(pointer.toString())
        .isEqualTo("/paths/~1pets~1{id}/a~0b/2")
        .isEqualTo(Pointers.child(Pointers.child(Pointers.child(Pointers.child("", "paths"), "/pets/{id}"), "a~b"), 2));
  }

  @Test
  void aPointerGivenAsTextIsKeptAsItIs() {
    assertThat(Pointer.of("/Resources/Api").child("Properties").toString()).isEqualTo("/Resources/Api/Properties");
    assertThat(Pointer.of("")).isSameAs(Pointer.ROOT);
    assertThat(Pointer.ROOT.toString()).isEmpty();
  }
}
