package io.github.apigwlint.rules.sam;

import io.github.apigwlint.access.summary.Access;
import io.github.apigwlint.access.summary.AccessCell;
import io.github.apigwlint.access.summary.CallerClass;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.StatementOrigin;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Location;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every IP range or VPC list of SAM's {@code Auth.ResourcePolicy} adds an unconditional Allow for
 * {@code Principal "*"} on the methods of each path, besides the Deny that does the filtering
 *. On an AWS_IAM method that Allow is a resource-policy grant to every AWS
 * principal: roles of the API's own account need no identity-policy permission any more (table A, row
 * A4), and principals of any other account get in with their own (table B, row B1). The access
 * summary shows the generated Allow deciding such a call. A note, raised to a warning when the API
 * also has an AwsAccountWhitelist, whose limit the Allow then undoes.
 */
@RuleInfo(
    id = "sam-list-adds-wildcard-allow",
    title = "SAM IP or VPC list adds an Allow for every principal on AWS_IAM methods",
    severity = Severity.NOTE,
    severityVaries = "warning when the API also has an `AwsAccountWhitelist`",
    category = "sam",
    security = true,
    tags = {"sam", "iam", "resource-policy"},
    since = "0.1.0")
public final class SamListAddsWildcardAllow implements Rule {

  private static final Set<StatementOrigin.SamList> WILDCARD_LISTS =
      EnumSet.of(StatementOrigin.SamList.IP_RANGES, StatementOrigin.SamList.VPCS);

  /** The AWS_IAM methods a list's Allow lets in, and who. */
  private static final class Reach {
    final StatementOrigin origin;
    final List<Method> methods = new ArrayList<>();
    boolean ownAccount;
    boolean anyAccount;

    Reach(StatementOrigin origin) {
      this.origin = origin;
    }
  }

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<PolicyDocument> found = context.workspace().resourcePolicy(api);
    if (api.protocol() != ApiProtocol.REST || found.isEmpty() || found.get().origins().isEmpty()
        || api.methods().stream().noneMatch(m -> m.authorization() == AuthorizationType.AWS_IAM)) {
      return;
    }
    PolicyDocument document = found.get();
    Map<Location, Reach> reaches = new LinkedHashMap<>();
    for (MethodAccess method : context.access(api).access().methods()) {
      if (method.authorization() != AuthorizationType.AWS_IAM) {
        continue;
      }
      for (AccessCell cell : method.cells()) {
        boolean ownAccount = cell.caller().kind() == CallerClass.Kind.SAME_ACCOUNT && cell.access() == Access.ALLOWED;
        boolean anyAccount = cell.caller().kind() == CallerClass.Kind.ANY_AWS_ACCOUNT
            && cell.access().allowedWhenGateAllows();
        if (!ownAccount && !anyAccount) {
          continue;
        }
        for (Statement statement : cell.deciding()) {
          Optional<StatementOrigin> origin = document.origin(statement);
          if (statement.isAllow() && origin.isPresent() && WILDCARD_LISTS.contains(origin.get().list())) {
            Reach reach = reaches.computeIfAbsent(origin.get().location(), l -> new Reach(origin.get()));
            if (!reach.methods.contains(method.method())) {
              reach.methods.add(method.method());
            }
            reach.ownAccount |= ownAccount;
            reach.anyAccount |= anyAccount;
          }
        }
      }
    }
    boolean accountList = document.origins().stream().anyMatch(o -> o.list() == StatementOrigin.SamList.AWS_ACCOUNTS && !o.blacklist());
    for (Reach reach : reaches.values()) {
      List<String> who = new ArrayList<>();
      if (reach.ownAccount) {
        who.add("roles and users of the API's own account get in without any identity-policy permission");
      }
      if (reach.anyAccount) {
        who.add("principals of any other AWS account get in with their own identity policy");
      }
      context.report(
              "SAM turns " + reach.origin.display() + " of " + api.name() + " into an Allow for Principal \"*\" on every"
                  + " method of the path, besides the Deny that filters by " + (reach.origin.list() == StatementOrigin.SamList.IP_RANGES
                      ? "address" : "VPC")
                  + "; on the AWS_IAM " + (reach.methods.size() == 1 ? "method " : "methods ") + Method.display(reach.methods)
                  + " that Allow is a resource-policy grant to every AWS principal: " + String.join(", and ", who)
                  + (accountList ? " (the AwsAccountWhitelist no longer limits who gets in)" : ""),
              reach.origin.location(), Subject.policy(document).property("SAM " + reach.origin.display()))
          .severity(accountList ? Severity.WARNING : Severity.NOTE)
          .related(reach.methods.get(0).location(), "an AWS_IAM method")
          .fix("Limit the principals: use AwsAccountWhitelist alone, or write the policy in Auth.ResourcePolicy.CustomStatements"
              + " with the IP or VPC condition on an Allow that names the accounts or carries"
              + " {\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-xxxxxxxxxx\"}}.")
          .emit();
    }
  }
}
