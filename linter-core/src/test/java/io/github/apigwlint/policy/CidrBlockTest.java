package io.github.apigwlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CidrBlockTest {

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.256", "10.0.0.0/33", " 10.0.0.0/8", "x10.0.0.0/8", "10.0.0/8", "10.0.0.0/",
      "10.0.0.0/8x", "10..0.0", "1.2.3.4.5", "::1/129", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1",
      "10.0.0.0/-1", "", "/8", "10.0.0.0/+8", "1:2:3:4:5:6:7:8::"})
  void rejectsJunk(String text) {
    assertThat(CidrBlock.parse(text)).as(text).isEmpty();
  }

  @Test
  void acceptsAndMatches() {
    assertThat(CidrBlock.parse("10.0.0.0/8").orElseThrow().contains("10.255.1.2")).isTrue();
    assertThat(CidrBlock.parse("10.0.0.0/8").orElseThrow().contains("11.0.0.1")).isFalse();
    assertThat(CidrBlock.parse("0.0.0.0/0").orElseThrow().contains("8.8.8.8")).isTrue();
    assertThat(CidrBlock.parse("0.0.0.0/0").orElseThrow().contains("::1")).isFalse();
    assertThat(CidrBlock.parse("::/0").orElseThrow().contains("2001:db8::1")).isTrue();
    assertThat(CidrBlock.parse("::1").orElseThrow().contains("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(CidrBlock.parse("::ffff:10.0.0.0/104").orElseThrow().contains("::ffff:10.1.2.3")).isTrue();
    assertThat(CidrBlock.parse("2001:db8::/32").orElseThrow().contains("2001:DB8:FFFF::")).isTrue();
    assertThat(CidrBlock.parse("10.1.2.3/8").orElseThrow().contains("10.9.9.9")).isTrue();
    assertThat(CidrBlock.parse("1.2.3.4").orElseThrow().contains("1.2.3.4 ")).isFalse();
  }
}
