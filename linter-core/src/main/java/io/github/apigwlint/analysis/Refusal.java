package io.github.apigwlint.analysis;

import io.github.apigwlint.policy.Statement;
import java.util.List;
import java.util.Set;

/**
 * The stages where a resource policy cannot allow a caller to invoke a method, and the statements
 * that deny it there; no stages when it may be allowed everywhere. Without a resource policy every
 * stage refuses a caller of another account.
 *
 * @param stages sorted
 */
public record Refusal(List<String> stages, Set<Statement> denies) {

  public boolean refused() {
    return !stages.isEmpty();
  }
}
