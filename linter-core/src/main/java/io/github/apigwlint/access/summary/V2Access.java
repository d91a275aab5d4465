package io.github.apigwlint.access.summary;

import io.github.apigwlint.access.MethodArns;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP and WebSocket APIs have no resource policy (§6), so no policy stands between a caller and a
 * route ({@link AccessCell#admitted} is ALLOW): the route's authorization alone decides, and
 * IAM authorization admits only the API's own account (others assume one of its roles, TV-74).
 * A WebSocket API authorizes only at {@code $connect}: its other routes are reached by the clients
 * {@code $connect} admitted, and {@code $disconnect} only by API Gateway itself.
 */
final class V2Access {

  private static final String CONNECT = "$connect";
  private static final String DISCONNECT = "$disconnect";

  private static final OriginClass ANYWHERE = new OriginClass(false, null, null, null, null, null, List.of(), List.of(), false, false);
  private static final CallerClass ANYONE = new CallerClass(CallerClass.Kind.ANYONE, null, Caller.anonymous());

  private V2Access() {}

  static List<MethodAccess> of(Api api) {
    return MethodArns.stages(api).stream()
        .flatMap(stage -> api.invocableMethods().stream().map(method -> method(api, method, stage)))
        .toList();
  }

  private static MethodAccess method(Api api, Method route, String stage) {
    List<AccessCell> cells = api.protocol() == ApiProtocol.WEBSOCKET && !CONNECT.equals(route.path())
        ? afterConnect(api, route)
        : byAuthorization(api, route.authorization());
    return new MethodAccess(stage, route, AccessSummary.gate(route.authorization()), cells);
  }

  private static List<AccessCell> byAuthorization(Api api, AuthorizationType authorization) {
    return switch (authorization) {
      case NONE -> List.of(cell(ANYONE, Access.ALLOWED));
      case AWS_IAM -> List.of(
          denied(ANYONE, AccessSummary.UNSIGNED_TO_IAM),
          cell(new CallerClass(CallerClass.Kind.SAME_ACCOUNT, api.account(), CallerCandidates.session(api.account(), null)),
              Access.ALLOWED_IF_GATE),
          denied(new CallerClass(CallerClass.Kind.ANY_AWS_ACCOUNT, null, null), "no resource policy"));
      case UNKNOWN -> List.of(depends(ANYONE, "the route's authorization, which the input does not give"));
      default -> List.of(cell(ANYONE, Access.ALLOWED_IF_GATE));
    };
  }

  /** A WebSocket route other than $connect: only connected clients send to it. */
  private static List<AccessCell> afterConnect(Api api, Method route) {
    if (DISCONNECT.equals(route.path())) {
      return List.of(denied(ANYONE, "only API Gateway calls $disconnect, when the client or the server disconnects"));
    }
    Optional<Method> connect = api.methods().stream().filter(m -> CONNECT.equals(m.path())).findFirst();
    AuthorizationType admitting = connect.map(Method::authorization).orElse(AuthorizationType.UNKNOWN);
    CallerClass connected = new CallerClass(CallerClass.Kind.CONNECTED, admitting.name(), Caller.anonymous());
    if (connect.isEmpty()) {
      return List.of(depends(connected, "the $connect route, which the input does not declare"));
    }
    if (admitting == AuthorizationType.UNKNOWN) {
      return List.of(depends(connected, "the authorization of $connect, which the input does not give"));
    }
    return List.of(cell(connected, Access.ALLOWED));
  }

  private static AccessCell cell(CallerClass caller, Access access) {
    return new AccessCell(caller, ANYWHERE, access, Map.of(), Set.of(Verdict.ALLOW), List.of(), "", List.of());
  }

  private static AccessCell denied(CallerClass caller, String why) {
    return new AccessCell(caller, ANYWHERE, Access.DENIED, Map.of(), Set.of(Verdict.ALLOW), List.of(), why, List.of());
  }

  private static AccessCell depends(CallerClass caller, String onWhat) {
    return new AccessCell(caller, ANYWHERE, Access.DEPENDS, Map.of(), Set.of(Verdict.ALLOW), List.of(), "", List.of(onWhat));
  }
}
