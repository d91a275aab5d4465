package io.github.apigwlint.access;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.source.Symbols;

/**
 * Evaluates an API's resource policy for a caller invoking one of its methods, with what a linter
 * does not know about the request (source address, VPC endpoint, organisation) left opaque, so the
 * verdict says "depends" instead of guessing.
 */
public final class ApiRequests {

  private ApiRequests() {}

  /** The request context of a call to {@code api} by {@code caller} from an unknown place. */
  public static RequestContext unknownOrigin(Api api, Caller caller) {
    RequestContext context = RequestContext.forCaller(caller);
    if (caller.isSigned() && caller.orgId() == null) {
      context.put("aws:PrincipalOrgID", Symbols.opaque("organization of the caller"));
    }
    if (api.isPrivate()) {
      context.put("aws:SourceVpce", Symbols.opaque("VPC endpoint of the caller"));
      context.put("aws:SourceVpc", Symbols.opaque("VPC of the caller"));
      context.put("aws:VpcSourceIp", Symbols.opaque("address of the caller"));
    } else {
      context.put("aws:SourceIp", Symbols.opaque("address of the caller"));
    }
    return context;
  }

  /** The request context of a call by {@code caller} through the VPC endpoint {@code endpoint}, in a VPC not known. */
  public static RequestContext throughEndpoint(Caller caller, String endpoint) {
    return RequestContext.forCaller(caller)
        .put("aws:SourceVpce", endpoint)
        .put("aws:SourceVpc", Symbols.opaque("VPC of " + endpoint));
  }

  /** The resource policy's decision for {@code caller} invoking {@code method} in {@code stage}. */
  public static Decision evaluate(Policy policy, Api api, Method method, String stage, Caller caller, RequestContext context) {
    Request request = new Request(caller, "execute-api:Invoke", MethodArns.arn(api, method, stage), context);
    return PolicyEvaluator.evaluate(policy, request, api.expansion());
  }
}
