package io.github.apigwlint.policy;

import java.util.Map;

/**
 * Who sends a request. ANONYMOUS is any caller that is not SigV4-authenticated (no Authorization
 * header, or a bearer token for an authorizer).
 *
 * @param arn the caller's own ARN: user ARN, {@code sts … assumed-role/role/session}, or
 *     {@code arn:…:iam::acct:root}; null for anonymous
 * @param roleArn for role sessions, the role's ARN (what {@code aws:PrincipalArn} holds)
 * @param username the friendly name of an IAM user (only users have {@code aws:username})
 * @param tags principal tags (user tags, or role and session tags)
 * @param orgId the AWS Organizations id of the caller's account, or null
 */
public record Caller(
    Kind kind, String arn, String account, String roleArn, String username, Map<String, String> tags, String orgId) {

  public enum Kind {
    ANONYMOUS,
    USER,
    ROLE_SESSION,
    ROOT
  }

  public Caller {
    tags = Map.copyOf(tags);
  }

  public static Caller anonymous() {
    return new Caller(Kind.ANONYMOUS, null, null, null, null, Map.of(), null);
  }

  public static Caller user(String account, String name) {
    return new Caller(Kind.USER, "arn:aws:iam::" + account + ":user/" + name, account, null, name, Map.of(), null);
  }

  public static Caller roleSession(String account, String role, String session) {
    return new Caller(
        Kind.ROLE_SESSION,
        "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session,
        account,
        "arn:aws:iam::" + account + ":role/" + role,
        null,
        Map.of(),
        null);
  }

  public static Caller root(String account) {
    return new Caller(Kind.ROOT, "arn:aws:iam::" + account + ":root", account, null, null, Map.of(), null);
  }

  public Caller withTags(Map<String, String> newTags) {
    return new Caller(kind, arn, account, roleArn, username, newTags, orgId);
  }

  public Caller withOrgId(String newOrgId) {
    return new Caller(kind, arn, account, roleArn, username, tags, newOrgId);
  }

  public boolean isSigned() {
    return kind != Kind.ANONYMOUS;
  }

  /** {@code aws:PrincipalArn}: the role ARN for sessions, else the caller's ARN. */
  public String principalArn() {
    return kind == Kind.ROLE_SESSION ? roleArn : arn;
  }
}
