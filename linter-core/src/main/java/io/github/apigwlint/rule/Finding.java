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
 * @param element the logical identity of what the finding is about (for example
 *     {@code Resources/PrivateApi} or a JSON pointer), stable across edits elsewhere in the file; it
 *     keys the fingerprint, not the line number
 * @param fix a concrete change that removes the finding (a policy statement, a property), or null
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    Location location,
    String element,
    List<Related> related,
    String fix) {

  /** Another place that explains the finding: the method, the statement, the mapping. */
  public record Related(Location location, String message) {}

  public Finding {
    related = List.copyOf(related);
  }

  public Finding withMessage(String newMessage) {
    return new Finding(ruleId, severity, newMessage, location, element, related, fix);
  }

  /** Stable across line moves: rule, file and the element's identity. */
  public String fingerprint() {
    String key = ruleId + "\n" + location.file() + "\n" + element;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
