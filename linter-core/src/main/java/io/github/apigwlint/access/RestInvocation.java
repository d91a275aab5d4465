package io.github.apigwlint.access;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ExecuteApiActions;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.Verdict;
import java.util.Map;

/**
 * One call of one REST method, with everything the workflow of §3.5 needs.
 *
 * @param endpointType null means EDGE, the AWS default
 * @param api partition, region, owner account and API id (values may be symbols)
 * @param action the execute-api action the policies are asked about: {@code execute-api:Invoke} for a
 *     call, {@code execute-api:InvalidateCache} for a call that asks to bypass the stage cache
 * @param resourcePolicy null when the API has none
 * @param vpcEndpointPolicy null for the default (full access) endpoint policy
 * @param gate for AWS_IAM the caller's identity-policy verdict (IMPLICIT_DENY = silent); for CUSTOM
 *     the verdict of the authorizer's returned policy; for COGNITO_USER_POOLS ALLOW when the token is
 *     valid; ignored for NONE. UNKNOWN when not known.
 * @param signatureInvalid the Authorization header holds a malformed SigV4 signature (TV-50)
 * @param path the request path as called, with concrete parameter values ({@code /pets/a1b2})
 * @param vpceId the execute-api interface endpoint the call came through, or null from the internet
 * @param vpceRegion the endpoint's region when it differs from the API's, else null
 * @param sourceIp the client IP (as seen by the endpoint when via one)
 * @param extraContext further condition keys (aws:UserAgent, aws:CurrentTime, …)
 * @param boundSymbols opaque symbols whose value the question fixes, and the values they stand for
 */
public record RestInvocation(
    EndpointType endpointType,
    ExpansionContext api,
    String action,
    Policy resourcePolicy,
    Policy vpcEndpointPolicy,
    AuthorizationType authorization,
    Caller caller,
    Verdict gate,
    boolean signatureInvalid,
    String stage,
    String verb,
    String path,
    String vpceId,
    String vpcId,
    String vpceRegion,
    String sourceIp,
    Map<String, String> extraContext,
    Map<String, String> boundSymbols) {

  public RestInvocation {
    extraContext = Map.copyOf(extraContext);
    boundSymbols = Map.copyOf(boundSymbols);
  }

  public boolean isPrivate() {
    return endpointType == EndpointType.PRIVATE;
  }

  public boolean viaVpcEndpoint() {
    return vpceId != null;
  }

  public static Builder builder(ExpansionContext api) {
    return new Builder(api);
  }

  /** Builder with the defaults of a plain internet call. */
  public static final class Builder {
    private final ExpansionContext api;
    private String action = ExecuteApiActions.INVOKE;
    private EndpointType endpointType = EndpointType.REGIONAL;
    private Policy resourcePolicy;
    private Policy vpcEndpointPolicy;
    private AuthorizationType authorization = AuthorizationType.NONE;
    private Caller caller = Caller.anonymous();
    private Verdict gate = Verdict.IMPLICIT_DENY;
    private boolean signatureInvalid;
    private String stage = "prod";
    private String verb = "GET";
    private String path = "/";
    private String vpceId;
    private String vpcId;
    private String vpceRegion;
    private String sourceIp;
    private Map<String, String> extraContext = Map.of();
    private Map<String, String> boundSymbols = Map.of();

    private Builder(ExpansionContext api) {
      this.api = api;
    }

    public Builder action(String value) { action = value; return this; }
    public Builder endpointType(EndpointType value) { endpointType = value; return this; }
    public Builder resourcePolicy(Policy value) { resourcePolicy = value; return this; }
    public Builder vpcEndpointPolicy(Policy value) { vpcEndpointPolicy = value; return this; }
    public Builder authorization(AuthorizationType value) { authorization = value; return this; }
    public Builder caller(Caller value) { caller = value; return this; }
    public Builder gate(Verdict value) { gate = value; return this; }
    public Builder signatureInvalid(boolean value) { signatureInvalid = value; return this; }
    public Builder method(String stageName, String httpVerb, String requestPath) {
      stage = stageName; verb = httpVerb; path = requestPath; return this;
    }
    public Builder viaVpcEndpoint(String endpointId, String vpc) { vpceId = endpointId; vpcId = vpc; return this; }
    public Builder vpceRegion(String value) { vpceRegion = value; return this; }
    public Builder sourceIp(String value) { sourceIp = value; return this; }
    public Builder extraContext(Map<String, String> value) { extraContext = value; return this; }
    public Builder boundSymbols(Map<String, String> value) { boundSymbols = value; return this; }

    public RestInvocation build() {
      return new RestInvocation(endpointType, api, action, resourcePolicy, vpcEndpointPolicy, authorization, caller, gate,
          signatureInvalid, stage, verb, path, vpceId, vpcId, vpceRegion, sourceIp, extraContext,
          boundSymbols);
    }
  }
}
