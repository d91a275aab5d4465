package io.github.apigwlint.source.cfn;

import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code Outputs.*.Export} values of the templates of one run, for {@code Fn::ImportValue}.
 * CloudFormation exports are visible only in the account and region that export them, so each
 * export is kept under its account: an import resolves only against an export of the same account
 * (an unknown account is the same only as another unknown one). A name exported twice in one
 * account is ambiguous and stays unresolved.
 */
public final class Exports {

  private static final Exports NONE = new Exports();

  private final Map<String, Node> values = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();

  public static Exports none() {
    return NONE;
  }

  public static Exports collecting() {
    return new Exports();
  }

  /** Records the exports of {@code template}, whose values {@code resolver} resolves in its own file. */
  public void collect(ObjectNode template, TemplateResolver resolver) {
    if (!(template.get("Outputs") instanceof ObjectNode outputs)) {
      return;
    }
    for (Node output : outputs.entries().values()) {
      if (output instanceof ObjectNode body
          && body.get("Export") instanceof ObjectNode export
          && export.has("Name")
          && body.has("Value")
          && resolver.resolve(export.get("Name")) instanceof ScalarNode name
          && !Symbols.isSymbolic(name.text())) {
        put(key(resolver.accountValue(), name.text()), resolver.resolve(body.get("Value")));
      }
    }
  }

  private synchronized void put(String key, Node value) {
    if (values.containsKey(key)) {
      ambiguous.add(key);
    }
    values.put(key, value);
  }

  /** The exported value of {@code name} in {@code account}, when exactly one template exports it. */
  synchronized Optional<Node> value(String account, String name) {
    String key = key(account, name);
    return ambiguous.contains(key) ? Optional.empty() : Optional.ofNullable(values.get(key));
  }

  private static String key(String account, String name) {
    return account + "\n" + name;
  }
}
