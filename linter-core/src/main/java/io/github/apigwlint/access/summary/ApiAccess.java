package io.github.apigwlint.access.summary;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.PolicyDocument;
import java.util.List;

/**
 * The access summary of one API; {@code policy} is null when it has no resource policy.
 *
 * @param note why the API was not summarised (its methods are then empty), or null
 * @param exposure whether it is created and where it is reached, before any policy or authorization
 */
public record ApiAccess(Api api, PolicyDocument policy, List<MethodAccess> methods, String note, Exposure exposure) {

  public ApiAccess {
    methods = List.copyOf(methods);
  }
}
