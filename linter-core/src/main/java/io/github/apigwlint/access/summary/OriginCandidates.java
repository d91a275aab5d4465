package io.github.apigwlint.access.summary;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.policy.CidrBlock;
import io.github.apigwlint.source.Spelling;
import io.github.apigwlint.source.Symbols;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The origin classes a policy can tell apart. Addresses: the policy's networks cut the address
 * space into cells (the set of networks containing an address); every non-empty cell has an address
 * at a network's edge or just beside one, so those addresses and one stranger per family find all.
 */
final class OriginCandidates {

  static final String SOURCE_IP = "aws:SourceIp";
  static final String VPC_SOURCE_IP = "aws:VpcSourceIp";
  static final String SOURCE_VPCE = "aws:SourceVpce";
  static final String SOURCE_VPC = "aws:SourceVpc";

  static final String STRANGER_VPCE = "vpce-0ffffffffffffffff";
  static final String STRANGER_VPC = "vpc-0ffffffffffffffff";
  private static final String STRANGER_V4 = "198.51.100.77";
  private static final String STRANGER_V6 = "2001:db8:ffff:ffff::77";

  private OriginCandidates() {}

  /**
   * The endpoint ids a private API's input takes from another stack's exports, each with a made-up
   * id that stands for it in requests: an import is one definite endpoint, so the calls through it
   * and those through any other endpoint are told apart.
   */
  static Map<String, String> importedEndpoints(Api api, PolicyMentions mentions) {
    Set<String> imports = new LinkedHashSet<>();
    if (api.isPrivate()) {
      imports.addAll(mentions.imports(SOURCE_VPCE));
      api.vpcEndpointIds().stream().filter(Symbols::isImport).forEach(imports::add);
    }
    Map<String, String> standIns = new LinkedHashMap<>();
    for (String imported : imports) {
      standIns.put(imported, String.format("vpce-0e%015x", standIns.size()));
    }
    return standIns;
  }

  /**
   * @param policedEndpoints further endpoint ids to name: those with their own endpoint policy
   * @param importedEndpoints endpoint ids taken from imports, to name, with the ids that stand for them
   */
  static List<OriginClass> of(Api api, PolicyMentions mentions, Collection<String> policedEndpoints,
      Map<String, String> importedEndpoints) {
    boolean privateApi = api.isPrivate();
    String addressKey = privateApi ? VPC_SOURCE_IP : SOURCE_IP;
    List<CidrBlock> networks = networks(mentions.values(addressKey));
    Map<Set<CidrBlock>, String> cells = cells(networks);
    List<OriginClass> origins = new ArrayList<>();
    List<Named> endpoints = privateApi
        ? named(mentions, concat(api.vpcEndpointIds(), policedEndpoints), importedEndpoints, SOURCE_VPCE, "vpce-", STRANGER_VPCE,
            api.syntax().spelling())
        : List.of(Named.NOTHING);
    List<Named> vpcs = privateApi && mentions.mentions(SOURCE_VPC)
        ? named(mentions, List.of(), Map.of(), SOURCE_VPC, "vpc-", STRANGER_VPC, api.syntax().spelling())
        : List.of(privateApi ? new Named(null, STRANGER_VPC) : Named.NOTHING);
    boolean endpointsNamed = endpoints.size() > 1;
    boolean vpcsNamed = vpcs.size() > 1;
    for (Named vpce : endpoints) {
      for (Named vpc : vpcs) {
        cells.forEach((within, address) -> origins.add(new OriginClass(
            privateApi, vpce.name(), vpce.representative(), vpc.name(), vpc.representative(), address,
            List.copyOf(within), networks, endpointsNamed, vpcsNamed)));
      }
    }
    return origins;
  }

  private static List<String> concat(List<String> first, Collection<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** A named endpoint or VPC (null name: any other) and the value that stands for it. */
  private record Named(String name, String representative) {
    static final Named NOTHING = new Named(null, null);
  }

  /**
   * The values the policy or the API names, and a stranger for all others. A literal without the
   * id prefix ({@code vpc-…} written for an endpoint) names nothing a request can carry.
   */
  private static List<Named> named(PolicyMentions mentions, List<String> extra, Map<String, String> imported,
      String key, String prefix, String stranger, Spelling spelling) {
    Set<String> values = new LinkedHashSet<>(mentions.values(key));
    extra.stream().filter(v -> !Symbols.hasOpaque(v)).forEach(values::add);
    values.removeIf(v -> !Symbols.isSymbolic(v) && !v.startsWith(prefix) && !v.startsWith("*") && !v.startsWith("?"));
    List<Named> named = new ArrayList<>();
    for (String value : values) {
      named.add(new Named(Symbols.render(value, spelling), value.replace('*', '0').replace('?', '0')));
    }
    imported.forEach((value, standIn) -> named.add(new Named(Symbols.render(value, spelling), standIn)));
    named.add(new Named(null, stranger));
    return named;
  }

  private static List<CidrBlock> networks(Set<String> values) {
    Set<CidrBlock> networks = new LinkedHashSet<>();
    values.stream().map(CidrBlock::parse).flatMap(Optional::stream).forEach(networks::add);
    return new ArrayList<>(networks);
  }

  /** Cell (containing networks) to one address of it. */
  private static Map<Set<CidrBlock>, String> cells(List<CidrBlock> networks) {
    List<String> addresses = new ArrayList<>(List.of(STRANGER_V4));
    if (!networks.isEmpty()) {
      addresses.add(STRANGER_V6);
    }
    for (CidrBlock network : networks) {
      for (BigInteger edge : List.of(network.first(), network.last(), network.first().subtract(BigInteger.ONE),
          network.last().add(BigInteger.ONE))) {
        if (network.inFamilyRange(edge)) {
          addresses.add(CidrBlock.format(network.family(), edge));
        }
      }
    }
    Map<Set<CidrBlock>, String> cells = new LinkedHashMap<>();
    for (String address : addresses) {
      cells.putIfAbsent(containing(networks, address), address);
    }
    return cells;
  }

  static Set<CidrBlock> containing(List<CidrBlock> networks, String address) {
    Set<CidrBlock> within = new LinkedHashSet<>();
    networks.stream().filter(n -> n.contains(address)).forEach(within::add);
    return within;
  }
}
