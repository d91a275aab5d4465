package io.github.apigwlint.baseline;

import io.github.apigwlint.rule.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a repository accepts for now, by fingerprint: the hash of the finding's identity
 * (its rule and the model node it is about, not its line or message), so that edits elsewhere in a
 * file or reworded messages do not bring them back. Later runs
 * report only what is not in it, or whose entry has expired.
 */
public record Baseline(List<Entry> entries) {

  /**
   * One accepted finding.
   *
   * @param subject, ruleId, file, message what it was, for people reading the file; only the
   *     fingerprint is matched
   * @param reason why it is accepted, or null
   * @param expires the last day it is accepted, or null for no end
   */
  public record Entry(
      String fingerprint, String ruleId, String subject, String file, String message, String reason, LocalDate expires) {

    public boolean expiredOn(LocalDate today) {
      return expires != null && today.isAfter(expires);
    }
  }

  /**
   * What a baseline let through.
   *
   * @param reported the findings to report: not in the baseline, or whose entry expired
   * @param baselined findings dropped because the baseline accepts them
   * @param expired findings reported again because their entry expired
   * @param stale entries that matched no finding (fixed since)
   */
  public record Filtered(List<Finding> reported, int baselined, int expired, int stale) {}

  public Baseline {
    entries = List.copyOf(entries);
  }

  /**
   * The baseline of today's findings. Entries of {@code previous} that still match keep their
   * reason and expiry; new entries get {@code reason} and {@code expires} (either may be null).
   */
  public static Baseline of(List<Finding> findings, Baseline previous, String reason, LocalDate expires) {
    Map<String, Entry> old = new LinkedHashMap<>();
    if (previous != null) {
      previous.entries().forEach(entry -> old.putIfAbsent(entry.fingerprint(), entry));
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Finding finding : findings) {
      String fingerprint = finding.fingerprint();
      if (entries.containsKey(fingerprint)) {
        continue;
      }
      Entry kept = old.get(fingerprint);
      entries.put(
          fingerprint,
          new Entry(
              fingerprint,
              finding.ruleId(),
              finding.subject().key(),
              finding.location().file(),
              finding.message(),
              kept != null ? kept.reason() : reason,
              kept != null ? kept.expires() : expires));
    }
    List<Entry> sorted = new ArrayList<>(entries.values());
    sorted.sort(
        Comparator.comparing(Entry::file).thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint));
    return new Baseline(sorted);
  }

  /** The findings that are new or whose entry expired on {@code today}. */
  public Filtered filter(List<Finding> findings, LocalDate today) {
    Map<String, Entry> byFingerprint = new LinkedHashMap<>();
    entries.forEach(entry -> byFingerprint.putIfAbsent(entry.fingerprint(), entry));
    Set<String> matched = new HashSet<>();
    List<Finding> reported = new ArrayList<>();
    int baselined = 0;
    int expired = 0;
    for (Finding finding : findings) {
      Entry entry = byFingerprint.get(finding.fingerprint());
      if (entry == null) {
        reported.add(finding);
        continue;
      }
      matched.add(entry.fingerprint());
      if (entry.expiredOn(today)) {
        expired++;
        reported.add(finding);
      } else {
        baselined++;
      }
    }
    return new Filtered(reported, baselined, expired, byFingerprint.size() - matched.size());
  }
}
