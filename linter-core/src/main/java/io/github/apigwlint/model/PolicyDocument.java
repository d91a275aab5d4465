package io.github.apigwlint.model;

import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.source.Node;

/**
 * A policy as found in the workspace: its located source tree (after intrinsic resolution, and
 * after re-parsing when it was written as a JSON string), what it is attached to, and its parsed
 * form.
 *
 * @param owner a human name of what carries the policy ({@code RestApi PrivateApi},
 *     {@code role/Invoker}, a file name)
 * @param element the logical identity of the carrier, for fingerprints
 * @param api the API it is the resource policy of, or null
 * @param principal for identity policies, the ARN (literal or symbolic) of the role or user that
 *     holds it, or null when unknown
 * @param account the account the policy lives in: literal, {@code Symbols.SELF_ACCOUNT}, or null
 *     when unknown
 */
public record PolicyDocument(
    PolicyKind kind,
    Node source,
    Policy policy,
    String owner,
    String element,
    Api api,
    String principal,
    String account) {}
