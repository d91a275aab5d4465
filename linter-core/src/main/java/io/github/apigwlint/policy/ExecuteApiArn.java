package io.github.apigwlint.policy;

import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Spelling;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An execute-api ARN {@code arn:P:execute-api:R:A:apiId/stage/VERB/path} or the shorthand
 * {@code execute-api:/stage/VERB/path} of REST resource policies (§1).
 *
 * @param arn null for the shorthand, which has no partition, region, account or API id
 * @param stage null when the resource part stops before it; likewise verb and path
 * @param path the resource path without its leading slash (may contain further slashes)
 */
public record ExecuteApiArn(Arn arn, String apiId, String stage, String verb, String path) {

  public static final String SERVICE = "execute-api";
  public static final String SHORTHAND_PREFIX = "execute-api:/";

  private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
  private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]*}");

  public static boolean isShorthand(String resource) {
    return resource.startsWith(SHORTHAND_PREFIX);
  }

  /** Parses either form; empty for anything that is not an execute-api resource. */
  public static Optional<ExecuteApiArn> parse(String resource) {
    if (isShorthand(resource)) {
      String[] parts = splitPath(resource.substring(SHORTHAND_PREFIX.length()), 3);
      return Optional.of(new ExecuteApiArn(null, null, part(parts, 0), part(parts, 1), part(parts, 2)));
    }
    Optional<Arn> arn = Arn.parse(resource);
    if (arn.isEmpty() || !arn.get().service().equals(SERVICE)) {
      return Optional.empty();
    }
    String[] parts = splitPath(arn.get().resource(), 4);
    return Optional.of(new ExecuteApiArn(arn.get(), part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3)));
  }

  /**
   * The full ARN API Gateway stores for a shorthand resource (TV-06, TV-07); other resources are
   * returned unchanged, and so is the shorthand when no API context is known.
   */
  public static String expand(String resource, ExpansionContext context) {
    if (context == null || !isShorthand(resource)) {
      return resource;
    }
    return context.arnPrefix() + resource.substring(SHORTHAND_PREFIX.length() - 1);
  }

  /** The ARN of one request: {@code …:apiId/stage/VERB/path} with the path's leading slash dropped. */
  public static String requestArn(ExpansionContext api, String stage, String verb, String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return api.arnPrefix() + "/" + stage + "/" + verb + "/" + relative;
  }

  /**
   * Problems of a resource used with an execute-api action; none for a value holding a placeholder,
   * which is reported as one. {@code expectedPartition} may be null; messages show values as {@code
   * spelling} writes them.
   */
  public static List<ArnIssue> check(String resource, Location location, String expectedPartition, Spelling spelling) {
    List<ArnIssue> issues = new ArrayList<>();
    if (resource.equals("*") || Symbols.isSingleToken(resource) || Placeholders.find(resource).isPresent()) {
      return issues;
    }
    if (!isShorthand(resource)) {
      Optional<Arn> arn = Arn.parse(resource);
      if (arn.isEmpty()) {
        issues.add(issue(ArnIssue.Kind.MALFORMED, "\"" + Symbols.render(resource, spelling) + "\" is not an ARN", location));
        return issues;
      }
      String service = arn.get().service();
      if (service.contains("*") || service.contains("?")) {
        issues.add(issue(ArnIssue.Kind.WILDCARD_IN_SERVICE, "wildcard in the service segment of \""
            + Symbols.render(resource, spelling) + "\" is not allowed", location));
        return issues;
      }
      if (!service.equals(SERVICE)) {
        issues.add(issue(ArnIssue.Kind.WRONG_SERVICE, "\"" + Symbols.render(resource, spelling) + "\" is an ARN of service " + service
            + "; execute-api actions only match execute-api ARNs", location));
        return issues;
      }
      String partition = arn.get().partition();
      if (expectedPartition != null && !Symbols.isSymbolic(expectedPartition) && !Symbols.isSymbolic(partition)
          && !partition.contains("*") && !partition.equals(expectedPartition)) {
        issues.add(issue(ArnIssue.Kind.PARTITION_MISMATCH, "partition \"" + partition + "\" but the API is in \""
            + expectedPartition + "\"", location));
      }
    }
    parse(resource).ifPresent(parsed -> parsed.checkPath(location, spelling, issues));
    return issues;
  }

  private void checkPath(Location location, Spelling spelling, List<ArnIssue> issues) {
    if (verb != null && !isVerbPattern(verb)) {
      issues.add(issue(ArnIssue.Kind.BAD_VERB, "\"" + Symbols.render(verb, spelling) + "\" is not an HTTP method ("
          + "GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS or a wildcard)", location));
    }
    if (path == null) {
      return;
    }
    var template = TEMPLATE.matcher(path);
    if (template.find()) {
      issues.add(issue(ArnIssue.Kind.PATH_TEMPLATE, "path template \"" + template.group()
          + "\" never matches a request ARN, which holds concrete values; use *", location));
    }
    if (path.contains("//") || path.startsWith("/")) {
      issues.add(warning(ArnIssue.Kind.DOUBLE_SLASH, "empty path segment in \"" + Symbols.render(path, spelling)
          + "\"; request ARNs have none", location));
    }
    if (path.length() > 1 && path.endsWith("/")) {
      issues.add(warning(ArnIssue.Kind.TRAILING_SLASH, "trailing slash in \"" + Symbols.render(path, spelling)
          + "\"; API Gateway strips it from request paths", location));
    }
  }

  /** A verb, or a wildcard pattern that could match one (e.g. {@code *}, {@code P*}). */
  private static boolean isVerbPattern(String verb) {
    if (Symbols.isSymbolic(verb) || VERBS.contains(verb)) {
      return true;
    }
    if (!verb.contains("*") && !verb.contains("?")) {
      return false;
    }
    // A WebSocket route key also stands in this segment; a wildcard that matches no verb is fine there.
    Glob glob = Glob.of(verb);
    return VERBS.stream().anyMatch(v -> glob.matches(v) == Tri.TRUE) || verb.endsWith("*");
  }

  private static String[] splitPath(String text, int limit) {
    return text.isEmpty() ? new String[0] : text.split("/", limit);
  }

  private static String part(String[] parts, int i) {
    return i < parts.length ? parts[i] : null;
  }

  private static ArnIssue issue(ArnIssue.Kind kind, String message, Location location) {
    return new ArnIssue(kind, ArnIssue.Severity.ERROR, message, location);
  }

  private static ArnIssue warning(ArnIssue.Kind kind, String message, Location location) {
    return new ArnIssue(kind, ArnIssue.Severity.WARNING, message, location);
  }
}
