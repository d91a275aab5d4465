package io.github.apigwlint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> IDS =
      List.of("private-api-without-policy", "private-api-open-to-any-vpce", "cross-account-invoke");

  @Test
  void suggestsCloseNamesFirst() {
    assertThat(Suggestions.closest("private-api-without-polcy", IDS))
        .startsWith("private-api-without-policy");
  }

  @Test
  void suggestsNamesContainingAFragment() {
    assertThat(Suggestions.closest("cross-account", IDS)).containsExactly("cross-account-invoke");
  }

  @Test
  void suggestsNothingForUnrelatedNames() {
    assertThat(Suggestions.closest("zzz", IDS)).isEmpty();
  }
}
