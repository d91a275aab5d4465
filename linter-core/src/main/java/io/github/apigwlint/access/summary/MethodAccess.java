package io.github.apigwlint.access.summary;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Flag;
import io.github.apigwlint.model.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who can invoke one method in one stage: every evaluated cell (for checking), and the lines a
 * reader wants: per caller class one line when the origin does not matter, named classes only when
 * they fare differently from the broad class they belong to (or when the method's authorization is
 * unknown, which may tell them apart), denied classes as denied.
 */
public record MethodAccess(String stage, Method method, String gate, List<AccessCell> cells) {

  public MethodAccess {
    cells = List.copyOf(cells);
  }

  public AuthorizationType authorization() {
    return method.authorization();
  }

  public List<AccessLine> lines() {
    Map<String, List<AccessCell>> byCaller = new LinkedHashMap<>();
    cells.forEach(c -> byCaller.computeIfAbsent(c.caller().kind() + " " + c.caller().value(), k -> new ArrayList<>()).add(c));
    List<AccessCell> broad = byCaller.values().stream()
        .filter(list -> list.get(0).caller().kind() == CallerClass.Kind.ANY_AWS_ACCOUNT).findFirst().orElse(List.of());
    List<AccessLine> lines = new ArrayList<>();
    for (List<AccessCell> group : byCaller.values()) {
      if (group.get(0).caller().named() && sameOutcomes(group, broad) && authorization() != AuthorizationType.UNKNOWN) {
        continue;
      }
      if (group.stream().allMatch(c -> c.sameOutcome(group.get(0)))) {
        lines.add(line(group.get(0), false));
      } else {
        group.forEach(c -> lines.add(line(c, true)));
      }
    }
    if (cells.stream().anyMatch(c -> c.origin().privateApi())) {
      lines.add(FROM_THE_INTERNET_TO_A_PRIVATE_API);
    }
    return lines;
  }

  /**
   * Callers outside VPC endpoints are no class of a private API's cells, which rules read; a reader
   * still wants to see them denied.
   */
  private static final AccessLine FROM_THE_INTERNET_TO_A_PRIVATE_API = new AccessLine(
      CallerCandidates.unsigned().get(0), null, false, Access.DENIED, List.of(),
      "a private API is reached only through interface VPC endpoints", List.of());

  /** The lines of the classes that can invoke the method, for certain or depending on something. */
  public List<AccessLine> grants() {
    return lines().stream().filter(line -> line.access().canInvoke()).toList();
  }

  /**
   * What {@code line} gets, in words: a method that requires an API key answers 403 to a request
   * without a valid key of a usage plan of the stage, whatever the resource policy allows. A
   * "depends" line keeps its one word; its method's line says whether a key is required.
   */
  public String outcome(AccessLine line) {
    String outcome = line.outcome(gate);
    if (line.access() == Access.DEPENDS) {
      return outcome;
    }
    String separator = line.access() == Access.ALLOWED_IF_GATE && !gate.isEmpty() ? "," : "";
    return switch (apiKeyNeeded(line)) {
      case ON -> outcome + separator + " with a valid API key of a usage plan of the stage";
      case UNKNOWN -> outcome + ", if the API key requirement the input leaves open is met";
      case OFF -> outcome;
    };
  }

  /** Whether the callers of {@code line} need an API key to get in: OFF for a denied line, which gets nothing. */
  public Flag apiKeyNeeded(AccessLine line) {
    return line.access().canInvoke() ? method.apiKeyRequired() : Flag.OFF;
  }

  /** What the DEPENDS lines depend on, each once; empty when none depends. */
  public List<String> dependsOn() {
    return lines().stream().flatMap(line -> line.dependsOn().stream()).distinct().toList();
  }

  private static boolean sameOutcomes(List<AccessCell> group, List<AccessCell> broad) {
    if (group.size() != broad.size()) {
      return false;
    }
    for (int i = 0; i < group.size(); i++) {
      if (!group.get(i).sameOutcome(broad.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static AccessLine line(AccessCell cell, boolean withOrigin) {
    return new AccessLine(cell.caller(), withOrigin ? cell.origin() : null, cell.origin().privateApi(), cell.access(),
        cell.deciding(), cell.reason(), cell.dependsOn());
  }
}
