package io.github.apigwlint.baseline;

import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.RuleInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a repository accepts for now, by identity: the rule and the model node the finding
 * is about ({@link Finding#identity()}), not its line or its message, so that edits elsewhere in a
 * file and reworded messages do not bring them back. Later runs report only what is not in it, or
 * whose entry has expired.
 */
public record Baseline(List<Entry> entries) {

  /**
   * One accepted finding.
   *
   * @param ruleId the rule's id when the entry was written; a former id of a renamed rule still matches
   * @param subject the key of what the finding is about ({@code clause t.yaml#Api … IpAddress aws:SourceIp})
   * @param file, message what it was, for people reading the file; only rule and subject are matched
   * @param reason why it is accepted, or null
   * @param expires the last day it is accepted, or null for no end
   */
  public record Entry(String ruleId, String subject, String file, String message, String reason, LocalDate expires) {

    public boolean expiredOn(LocalDate today) {
      return expires != null && today.isAfter(expires);
    }

    String identity(Map<String, String> canonicalIds) {
      return canonicalIds.getOrDefault(ruleId, ruleId) + " " + subject;
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
    Map<String, Entry> old = previous == null ? Map.of() : previous.byIdentity(Map.of());
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Finding finding : findings) {
      Entry kept = old.get(finding.identity());
      entries.putIfAbsent(
          finding.identity(),
          new Entry(
              finding.ruleId(),
              finding.subject().key(),
              finding.location().file(),
              finding.message(),
              kept != null ? kept.reason() : reason,
              kept != null ? kept.expires() : expires));
    }
    List<Entry> sorted = new ArrayList<>(entries.values());
    sorted.sort(Comparator.comparing(Entry::file).thenComparing(Entry::ruleId).thenComparing(Entry::subject));
    return new Baseline(sorted);
  }

  /**
   * The findings that are new or whose entry expired on {@code today}.
   *
   * @param rules the rules of the run, whose former ids ({@link RuleInfo#altIds()}) name them in
   *     entries written before a rename
   */
  public Filtered filter(List<Finding> findings, List<RuleInfo> rules, LocalDate today) {
    Map<String, Entry> byIdentity = byIdentity(canonicalIds(rules));
    Set<String> matched = new HashSet<>();
    List<Finding> reported = new ArrayList<>();
    int baselined = 0;
    int expired = 0;
    for (Finding finding : findings) {
      Entry entry = byIdentity.get(finding.identity());
      if (entry == null) {
        reported.add(finding);
        continue;
      }
      matched.add(finding.identity());
      if (entry.expiredOn(today)) {
        expired++;
        reported.add(finding);
      } else {
        baselined++;
      }
    }
    return new Filtered(reported, baselined, expired, byIdentity.size() - matched.size());
  }

  private Map<String, Entry> byIdentity(Map<String, String> canonicalIds) {
    Map<String, Entry> byIdentity = new LinkedHashMap<>();
    entries.forEach(entry -> byIdentity.putIfAbsent(entry.identity(canonicalIds), entry));
    return byIdentity;
  }

  private static Map<String, String> canonicalIds(List<RuleInfo> rules) {
    Map<String, String> canonical = new HashMap<>();
    for (RuleInfo rule : rules) {
      for (String alt : rule.altIds()) {
        canonical.put(alt, rule.id());
      }
    }
    return canonical;
  }
}
