package io.github.apigwlint.policy;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Condition keys of one request; key names are case-insensitive (§7.6, TV-80). */
public final class RequestContext {

  private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  /** Opaque symbols whose value this request fixes, and the values they stand for in it. */
  private final Map<String, String> bound = new HashMap<>();

  public static RequestContext empty() {
    return new RequestContext();
  }

  /** The principal keys IAM derives from a signed caller (§2.4); nothing for anonymous callers. */
  public static RequestContext forCaller(Caller caller) {
    RequestContext context = new RequestContext();
    context.addCaller(caller);
    return context;
  }

  public RequestContext put(String key, String... keyValues) {
    return put(key, List.of(keyValues));
  }

  public RequestContext put(String key, List<String> keyValues) {
    values.put(key, List.copyOf(keyValues));
    return this;
  }

  /** Puts the key only when the value is known to exist. */
  public RequestContext putIfPresent(String key, String value) {
    return value == null ? this : put(key, value);
  }

  public RequestContext addCaller(Caller caller) {
    if (!caller.isSigned()) {
      return this;
    }
    putIfPresent("aws:PrincipalArn", caller.principalArn());
    putIfPresent("aws:PrincipalAccount", caller.account());
    putIfPresent("aws:PrincipalOrgID", caller.orgId());
    putIfPresent("aws:username", caller.kind() == Caller.Kind.USER ? caller.username() : null);
    put("aws:PrincipalType", switch (caller.kind()) {
      case USER -> "User";
      case ROLE_SESSION -> "AssumedRole";
      case ROOT -> "Account";
      case ANONYMOUS -> "Anonymous";
    });
    caller.tags().forEach((k, v) -> put("aws:PrincipalTag/" + k, v));
    return this;
  }

  /**
   * Fixes the value of an opaque symbol for this request: a question about a request whose key
   * holds that symbol's value, or does not, is then decided.
   */
  public RequestContext bind(String symbol, String value) {
    bound.put(symbol, value);
    return this;
  }

  /** A policy value with the symbols this request fixes replaced by their values. */
  String withBoundSymbols(String policyValue) {
    String text = policyValue;
    for (Map.Entry<String, String> binding : bound.entrySet()) {
      text = text.replace(binding.getKey(), binding.getValue());
    }
    return text;
  }

  /** The values of a key; empty when the key is absent. */
  public List<String> values(String key) {
    return values.getOrDefault(key, List.of());
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public Map<String, List<String>> asMap() {
    return Collections.unmodifiableMap(values);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
