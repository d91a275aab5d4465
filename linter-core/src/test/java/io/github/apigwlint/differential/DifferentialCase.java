package io.github.apigwlint.differential;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request for both evaluators, in the peer's input shape (README of the peers, section 1).
 *
 * @param resourcePolicy JSON text, or null
 * @param identityPolicies JSON texts
 * @param features what the case contains that an evaluator may be known to handle differently
 */
record DifferentialCase(
    String id, String resourcePolicy, List<String> identityPolicies, String principal, String action,
    String resource, Map<String, String> context, Set<String> features) {

  String toPeerJson() {
    StringBuilder json = new StringBuilder("{\"id\":\"").append(id).append("\",\"resourcePolicy\":")
        .append(resourcePolicy == null ? "null" : resourcePolicy)
        .append(",\"identityPolicies\":[").append(String.join(",", identityPolicies)).append("],\"request\":{")
        .append("\"principal\":\"").append(principal).append("\",\"action\":\"").append(action)
        .append("\",\"resource\":\"").append(resource).append("\",\"context\":{");
    String separator = "";
    for (Map.Entry<String, String> entry : context.entrySet()) {
      json.append(separator).append('"').append(entry.getKey()).append("\":\"").append(entry.getValue()).append('"');
      separator = ",";
    }
    return json.append("}}}").toString();
  }
}
