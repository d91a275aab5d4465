package io.github.apigwlint.analysis;

import io.github.apigwlint.policy.Statement;
import java.util.List;

/**
 * An allow that a named AWS principal gets for a method, in the stages where no unsigned caller can
 * get one: the method is reachable only by signed callers there.
 *
 * @param grant the first such statement of the policy
 * @param stages the stages, sorted
 */
public record SignedOnlyGrant(Statement grant, List<String> stages) {}
