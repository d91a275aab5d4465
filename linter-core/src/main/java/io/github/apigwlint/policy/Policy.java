package io.github.apigwlint.policy;

/** Placeholder: the policy AST, filled in by the policy engine work. */
public final class Policy {}
