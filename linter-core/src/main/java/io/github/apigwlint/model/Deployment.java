package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/**
 * A deployment of a REST API: API Gateway serves the snapshot of the API's configuration, resource
 * policy included, that its last deployment took, so a policy change takes effect only with a new one.
 *
 * @param name how the user's code names the deployment (a Terraform address, a logical id)
 * @param policy the resource policy it should follow, as the user's code names it
 * @param policyLocation where that policy is written
 * @param followsPolicy whether and how a change to that policy makes a new deployment
 */
public record Deployment(
    Api api,
    String name,
    Syntax syntax,
    Location location,
    String element,
    String policy,
    Location policyLocation,
    PolicyFollowing followsPolicy) {

  /** How a deployment is tied to the resource policy of its API. */
  public enum PolicyFollowing {
    /** Its triggers name the policy: a change to the policy makes a new deployment. */
    TRIGGERED_BY_POLICY,
    /** It has triggers that leave the policy out and depends on the policy: created after it, not replaced when it changes. */
    TRIGGERS_OMIT_POLICY_ORDERED_AFTER_IT,
    /** It has triggers that leave the policy out and does not depend on it. */
    TRIGGERS_OMIT_POLICY,
    /** It has no triggers and depends on the policy only: created after it, but not replaced when it changes. */
    ORDERED_AFTER_POLICY,
    /** No triggers and no dependency on the policy: the policy may change, or be created, without a new deployment. */
    UNRELATED,
    /** The input does not show what its triggers are made of (a plan without its configuration, a value from elsewhere). */
    UNKNOWN,
    /**
     * SAM names the deployment it generates by a hash that leaves the API's {@code Policy} property
     * out: a change to {@code Policy} alone makes no new deployment.
     */
    OUTSIDE_SAM_DEPLOYMENT_HASH
  }
}
