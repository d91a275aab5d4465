package io.github.apigwlint.rule;

import io.github.apigwlint.source.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One diagnostic.
 *
 * @param subject the model node the finding is about; with the rule id it is the finding's
 *     {@link #identity()}, which does not move with lines or messages
 * @param fix a concrete change that removes the finding (a policy statement, a property), or null
 * @param when for a finding that only some variants of the undecided template conditions give, under
 *     which values it holds ({@code condition IsProd is false}); null when it holds in all
 * @param construct the CDK construct path of the resource the finding lies in, or null
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    Location location,
    Subject subject,
    List<Related> related,
    String fix,
    String when,
    String construct) {

  /** Another place that explains the finding: the method, the statement, the mapping. */
  public record Related(Location location, String message) {}

  public Finding {
    related = List.copyOf(related);
  }

  /** A finding of every variant, outside CDK output. */
  public Finding(
      String ruleId, Severity severity, String message, Location location, Subject subject, List<Related> related, String fix) {
    this(ruleId, severity, message, location, subject, related, fix, null, null);
  }

  public Finding when(String condition) {
    return new Finding(ruleId, severity, message, location, subject, related, fix, condition, construct);
  }

  public Finding inConstruct(String path) {
    return new Finding(ruleId, severity, message, location, subject, related, fix, when, path);
  }

  /**
   * What the finding is: the rule's canonical id and the key of its subject. Two findings of one run
   * never share it; it does not change when lines move or messages are reworded.
   */
  public String identity() {
    return ruleId + " " + subject.key();
  }

  /** The identity as a short hash, for baselines, SARIF and GitLab. */
  public String fingerprint() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
