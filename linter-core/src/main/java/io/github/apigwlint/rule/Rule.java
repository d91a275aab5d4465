package io.github.apigwlint.rule;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;

/**
 * A check. Implementations carry {@link RuleInfo} and override the visits they need; the engine
 * walks the workspace once and calls every rule on each element. Rules are found with {@link
 * java.util.ServiceLoader}, so a jar on the class path can add its own.
 */
public interface Rule {

  default void visitPolicy(PolicyDocument policy, RuleContext context) {}

  default void visitApi(Api api, RuleContext context) {}

  default void visitDomain(DomainName domain, RuleContext context) {}

  default void visitMapping(ApiMapping mapping, RuleContext context) {}

  /** Called once after every element was visited, for checks across the workspace. */
  default void visitWorkspace(Workspace workspace, RuleContext context) {}

  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
    }
    return info;
  }
}
