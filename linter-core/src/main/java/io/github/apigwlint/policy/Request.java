package io.github.apigwlint.policy;

/**
 * One authorization question: may {@code caller} perform {@code action} on {@code resource}?
 *
 * @param resource the full ARN of the target (for API Gateway, the method ARN of §1.1)
 */
public record Request(Caller caller, String action, String resource, RequestContext context) {

  /** execute-api:Invoke with the caller's own principal keys as the context. */
  public static Request invoke(Caller caller, String resource) {
    return new Request(caller, "execute-api:Invoke", resource, RequestContext.forCaller(caller));
  }
}
