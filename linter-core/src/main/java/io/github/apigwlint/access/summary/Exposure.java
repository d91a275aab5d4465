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
 * <p>A private API is served under a custom domain name only by a private custom domain name; a
 * public one mapped to it is no documented way in, so it is named apart.
 *
 * @param condition the condition the API is created under, or null
 * @param defaultEndpointDisabled whether the default endpoint answers 403 Forbidden to every call
 * @param domains the custom domain names the input maps to the API
 * @param privateApi whether the API is private
 */
public record Exposure(CreationCondition condition, Flag defaultEndpointDisabled, List<DomainName> domains, boolean privateApi) {

  /** Why a call through a VPC endpoint fails when it can only reach the disabled default endpoint. */
  static final String DEFAULT_ENDPOINT_DISABLED = "the default endpoint is disabled";

  public Exposure {
    domains = List.copyOf(domains);
  }

  public static Exposure of(Api api, List<DomainName> domains) {
    return new Exposure(api.condition(), api.defaultEndpointDisabled(), domains, api.isPrivate());
  }

  /**
   * Whether every call through a VPC endpoint gets 403: a private API is called through a VPC
   * endpoint at its default endpoint, which is disabled, and no private custom domain name serves it.
   */
  public boolean refusesVpcEndpointCalls() {
    return privateApi && defaultEndpointDisabled == Flag.ON && waysIn().isEmpty();
  }

  /** The facts in words, one line each; empty when the API is created and reached as usual. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (condition != null) {
      lines.add(condition.describe());
    }
    switch (defaultEndpointDisabled) {
      case ON -> lines.add("default endpoint disabled: calls to the execute-api endpoint get 403 Forbidden; reachable only through "
          + (waysIn().isEmpty() ? kindOfWayIn() + ", none of which the input maps to it" : kindOfWayIn() + ": " + list(waysIn())));
      case UNKNOWN -> lines.add("default endpoint possibly disabled (the input leaves DisableExecuteApiEndpoint open): if so, reachable only"
          + " through " + kindOfWayIn() + (waysIn().isEmpty() ? "" : ": " + list(waysIn())));
      case OFF -> { }
    }
    List<DomainName> publicOnes = publicDomainsOfPrivateApi();
    if (defaultEndpointDisabled != Flag.OFF && !publicOnes.isEmpty()) {
      lines.add("not a documented way in: " + list(publicOnes)
          + " (public custom domain names; a private API is served only by private custom domain names)");
    }
    return lines;
  }

  /** The custom domain names that can serve the API: for a private API only private ones. */
  private List<DomainName> waysIn() {
    return privateApi ? domains.stream().filter(DomainName::isPrivateCustomDomain).toList() : domains;
  }

  private List<DomainName> publicDomainsOfPrivateApi() {
    return privateApi ? domains.stream().filter(d -> !d.isPrivateCustomDomain()).toList() : List.of();
  }

  private String kindOfWayIn() {
    return privateApi ? "private custom domain names" : "custom domain names";
  }

  private static String list(List<DomainName> domains) {
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
