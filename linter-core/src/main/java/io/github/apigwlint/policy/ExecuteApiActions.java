package io.github.apigwlint.policy;

import java.util.List;

/** The actions an API or private-domain resource policy can control (SAR, execute-api; §2.2). */
public final class ExecuteApiActions {

  public static final String INVOKE = "execute-api:Invoke";
  public static final List<String> ALL =
      List.of(INVOKE, "execute-api:InvalidateCache", "execute-api:ManageConnections");

  private ExecuteApiActions() {}

  /** Whether the statement's Action (or NotAction, by leaving it out) covers {@code action} for certain. */
  public static boolean covers(Statement statement, String action) {
    boolean named = statement.actions().stream().anyMatch(a -> matchedBy(a.text()).contains(action));
    return statement.notAction() != named;
  }

  /** The API actions an action pattern names for certain (case-insensitive, wildcards, §7.4). */
  public static List<String> matchedBy(String pattern) {
    Glob glob = Glob.of(pattern);
    return ALL.stream().filter(a -> glob.matchesIgnoreCase(a) == Tri.TRUE).toList();
  }
}
