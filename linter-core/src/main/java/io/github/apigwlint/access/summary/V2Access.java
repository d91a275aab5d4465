package io.github.apigwlint.access.summary;

import io.github.apigwlint.access.MethodArns;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HTTP and WebSocket APIs have no resource policy (§6), so no policy stands between a caller and a
 * route ({@link AccessCell#admitted} is ALLOW): the route's authorization alone decides, and
 * IAM authorization admits only the API's own account (others assume one of its roles, TV-74).
 */
final class V2Access {

  private V2Access() {}

  static List<MethodAccess> of(Api api) {
    return MethodArns.stages(api).stream()
        .flatMap(stage -> api.invocableMethods().stream().map(method -> method(api, method, stage)))
        .toList();
  }

  private static MethodAccess method(Api api, Method method, String stage) {
    OriginClass anywhere = new OriginClass(false, null, null, null, null, null, List.of(), List.of());
    List<AccessCell> cells = switch (method.authorization()) {
      case NONE -> List.of(cell(new CallerClass(CallerClass.Kind.ANYONE, null, Caller.anonymous()), anywhere, Access.ALLOWED));
      case AWS_IAM -> List.of(
          cell(new CallerClass(CallerClass.Kind.SAME_ACCOUNT, api.account(), CallerCandidates.session(api.account(), null)),
              anywhere, Access.ALLOWED_IF_GATE),
          cell(new CallerClass(CallerClass.Kind.ANY_AWS_ACCOUNT, null, null), anywhere, Access.DENIED));
      case UNKNOWN -> List.of(cell(new CallerClass(CallerClass.Kind.ANYONE, null, Caller.anonymous()), anywhere, Access.DEPENDS));
      default -> List.of(cell(new CallerClass(CallerClass.Kind.ANYONE, null, Caller.anonymous()), anywhere, Access.ALLOWED_IF_GATE));
    };
    return new MethodAccess(stage, method, AccessSummary.gate(method.authorization()), cells);
  }

  private static AccessCell cell(CallerClass caller, OriginClass origin, Access access) {
    Map<Verdict, Set<Verdict>> byGate = new EnumMap<>(Verdict.class);
    return new AccessCell(caller, origin, access, byGate, Set.of(Verdict.ALLOW), List.of(), "route authorization " + access.name().toLowerCase());
  }
}
