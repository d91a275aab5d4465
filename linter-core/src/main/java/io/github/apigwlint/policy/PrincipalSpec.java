package io.github.apigwlint.policy;

import io.github.apigwlint.source.Node;
import java.util.List;

/**
 * A Principal or NotPrincipal element.
 *
 * @param wildcard {@code "*"} or {@code {"AWS":"*"}} (among other values): everyone, anonymous included
 * @param aws the values of {@code AWS} other than {@code *}: account ids and IAM/STS ARNs
 * @param unknown the element (or a part of it) is an opaque value, so its reach is unknown
 */
public record PrincipalSpec(
    boolean wildcard,
    List<PolicyValue> aws,
    List<PolicyValue> service,
    List<PolicyValue> federated,
    List<PolicyValue> canonicalUser,
    boolean unknown,
    Node node) {

  public PrincipalSpec {
    aws = List.copyOf(aws);
    service = List.copyOf(service);
    federated = List.copyOf(federated);
    canonicalUser = List.copyOf(canonicalUser);
  }
}
