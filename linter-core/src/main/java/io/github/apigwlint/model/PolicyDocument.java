package io.github.apigwlint.model;

import io.github.apigwlint.policy.ExecuteApiArn;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.source.Node;
import java.util.List;
import java.util.Optional;

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
 * @param origins for a generated policy (SAM's {@code Auth.ResourcePolicy}), what produced each
 *     generated statement; empty for policies written as they are
 * @param syntax the language the policy's values are written in, so that messages show them so
 */
public record PolicyDocument(
    PolicyKind kind,
    Node source,
    Policy policy,
    String owner,
    String element,
    Api api,
    String principal,
    String account,
    List<StatementOrigin> origins,
    Syntax syntax) {

  public PolicyDocument {
    origins = List.copyOf(origins);
  }

  /** A policy written as it is in the input. */
  public PolicyDocument(
      PolicyKind kind, Node source, Policy policy, String owner, String element, Api api, String principal, String account,
      Syntax syntax) {
    this(kind, source, policy, owner, element, api, principal, account, List.of(), syntax);
  }

  /**
   * A policy API Gateway evaluates for calls of an API: the resource policy of an API or of a private
   * domain name, or a standalone resource policy file about execute-api resources.
   */
  public boolean isApiResourcePolicy() {
    if (kind == PolicyKind.API_RESOURCE_POLICY || kind == PolicyKind.DOMAIN_POLICY) {
      return true;
    }
    return kind == PolicyKind.STANDALONE_RESOURCE_POLICY
        && policy.statements().stream()
            .flatMap(s -> s.resources().stream())
            .anyMatch(r -> ExecuteApiArn.parse(r.text()).isPresent());
  }

  /**
   * Whether the policy is a file of its own, which no template of the workspace deploys: nothing
   * attaches it, and its element is the file itself.
   */
  public boolean isStandaloneFile() {
    return api == null && element.equals(source.location().file());
  }

    /** What generated the statement, when the input does not contain it as written. */
  public Optional<StatementOrigin> origin(Statement statement) {
    return origins.stream().filter(o -> o.statement() == statement.index()).findFirst();
  }
}
