package io.github.apigwlint.access.summary;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.CreationCondition;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.Flag;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What decides whether an API can be called at all, before its policies and authorization: whether
 * it is created, and where it is reached when its default {@code execute-api} endpoint is disabled.
 *
 * @param condition the condition the API is created under, or null
 * @param defaultEndpointDisabled whether the default endpoint answers 403 Forbidden to every call
 * @param domains the custom domain names the input maps to the API
 */
public record Exposure(CreationCondition condition, Flag defaultEndpointDisabled, List<DomainName> domains) {

  public Exposure {
    domains = List.copyOf(domains);
  }

  public static Exposure of(Api api, List<DomainName> domains) {
    return new Exposure(api.condition(), api.defaultEndpointDisabled(), domains);
  }

  /** The facts in words, one line each; empty when the API is created and reached as usual. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (condition != null) {
      lines.add(condition.describe());
    }
    switch (defaultEndpointDisabled) {
      case ON -> lines.add("default endpoint disabled: calls to the execute-api endpoint get 403 Forbidden; reachable only through "
          + (domains.isEmpty() ? "custom domain names, none of which the input maps to it" : "custom domain names: " + domainList()));
      case UNKNOWN -> lines.add("default endpoint possibly disabled (the input leaves DisableExecuteApiEndpoint open): if so, reachable only"
          + " through custom domain names" + (domains.isEmpty() ? "" : ": " + domainList()));
      case OFF -> { }
    }
    return lines;
  }

  private String domainList() {
    return domains.stream().map(Exposure::domain).collect(Collectors.joining(", "));
  }

  private static String domain(DomainName domain) {
    String name = Symbols.render(domain.name(), domain.syntax().spelling());
    return switch (domain.mutualTls()) {
      case ON -> name + " (mutual TLS: clients with a certificate trusted by its truststore)";
      case UNKNOWN -> name + " (mutual TLS possibly: then only clients with a certificate trusted by its truststore)";
      case OFF -> name;
    };
  }
}
