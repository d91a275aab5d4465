package io.github.apigwlint.policy;

import java.util.List;

/**
 * Whether one statement applies to a request (§7.8): principal, action, resource and conditions all
 * match. Elements missing from a broken statement count as UNKNOWN, so that a broken statement can
 * only be ruled out by the elements that are readable.
 */
final class StatementMatcher {

  private final Request request;
  private final boolean variablesEnabled;
  private final ExpansionContext expansion;

  StatementMatcher(Request request, boolean variablesEnabled, ExpansionContext expansion) {
    this.request = request;
    this.variablesEnabled = variablesEnabled;
    this.expansion = expansion;
  }

  Tri applies(Statement statement) {
    Tri result = principal(statement);
    if (result != Tri.FALSE) {
      result = result.and(actions(statement));
    }
    if (result != Tri.FALSE) {
      result = result.and(resources(statement));
    }
    if (result != Tri.FALSE) {
      result = result.and(conditions(statement));
    }
    return statement.broken() && result == Tri.TRUE ? Tri.UNKNOWN : result;
  }

  private Tri principal(Statement statement) {
    if (statement.principal() == null) {
      // Identity-style statement: the principal is whoever holds the policy.
      return Tri.TRUE;
    }
    Tri matches = PrincipalMatcher.matches(statement.principal(), request.caller());
    return statement.notPrincipal() ? matches.not() : matches;
  }

  private Tri actions(Statement statement) {
    Tri any = anyOf(statement, statement.actions(), this::action);
    return statement.notAction() ? any.not() : any;
  }

  private Tri action(PolicyValue value) {
    return Glob.of(value.text()).matchesIgnoreCase(request.action());
  }

  /** A statement without Resource (a role trust policy) is about the resource it is attached to. */
  private Tri resources(Statement statement) {
    if (statement.resources().isEmpty() && !statement.notResource()) {
      return Tri.TRUE;
    }
    Tri any = anyOf(statement, statement.resources(), value -> resource(value, statement.notResource()));
    return statement.notResource() ? any.not() : any;
  }

  /**
   * An unresolvable variable makes a Resource match nothing (§7.5). In NotResource the reference's
   * reading (the statement then applies to every resource) and AWS's note that such a variable "might
   * cause the entire statement to be invalid" (the statement applies to nothing) disagree, so the
   * match is UNKNOWN there.
   */
  private Tri resource(PolicyValue value, boolean inNotResource) {
    String text = value.text();
    if (ExecuteApiArn.isShorthand(text)) {
      if (expansion == null) {
        // Shorthand without the API it belongs to: the ARN it stands for is not known.
        return Tri.UNKNOWN;
      }
      text = ExecuteApiArn.expand(text, expansion);
    }
    PolicyVariables.Result result = PolicyVariables.substitute(text, variablesEnabled, request.context()::values);
    if (result instanceof PolicyVariables.Resolved resolved) {
      return resolved.pattern().matches(request.resource());
    }
    return result instanceof PolicyVariables.Unknown || inNotResource ? Tri.UNKNOWN : Tri.FALSE;
  }

  private Tri conditions(Statement statement) {
    if (statement.conditionsUnknown()) {
      return Tri.UNKNOWN;
    }
    return ConditionEvaluator.all(statement.conditions(), request.context(), variablesEnabled);
  }

  private interface ValueMatcher {
    Tri matches(PolicyValue value);
  }

  private static Tri anyOf(Statement statement, List<PolicyValue> values, ValueMatcher matcher) {
    if (values.isEmpty() && statement.broken()) {
      return Tri.UNKNOWN;
    }
    Tri result = Tri.FALSE;
    for (PolicyValue value : values) {
      result = result.or(matcher.matches(value));
      if (result == Tri.TRUE) {
        break;
      }
    }
    return result;
  }
}
