package io.github.apigwlint.access.summary;

import io.github.apigwlint.policy.CidrBlock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a request comes from, as a class: for a private API the VPC endpoint and VPC (named, or any
 * other), and the client address as the set of the policy's networks that contain it.
 *
 * @param vpce the endpoint id or pattern the class is named by; null for "any other endpoint", and
 *     for public APIs
 * @param vpc likewise for the VPC
 * @param address the representative client address
 * @param within the policy's networks that contain the address (and every address of the class)
 * @param networks all networks the policy names for the address key, for telling classes apart
 * @param endpointsNamed whether some class names an endpoint, so that an unnamed one is "any other"
 * @param vpcsNamed likewise for VPCs
 */
public record OriginClass(
    boolean privateApi,
    String vpce,
    String representativeVpce,
    String vpc,
    String representativeVpc,
    String address,
    List<CidrBlock> within,
    List<CidrBlock> networks,
    boolean endpointsNamed,
    boolean vpcsNamed) {

  public OriginClass {
    within = List.copyOf(within);
    networks = List.copyOf(networks);
  }

  public String describe() {
    StringBuilder text = new StringBuilder();
    if (privateApi) {
      text.append(vpce != null ? "through VPC endpoint " + vpce
          : endpointsNamed ? "through any other VPC endpoint" : "through any VPC endpoint");
      if (vpc != null) {
        text.append(" in VPC ").append(vpc);
      } else if (vpcsNamed) {
        text.append(" in any other VPC");
      }
    } else {
      text.append("from the internet");
    }
    if (!networks.isEmpty()) {
      text.append(within.isEmpty()
          ? ", from addresses outside " + join(networks)
          : ", from " + smallestWithin() + excluded());
    }
    return text.toString();
  }

  private CidrBlock smallestWithin() {
    return within.stream().max((a, b) -> Integer.compare(a.prefix(), b.prefix())).orElseThrow();
  }

  /** The named networks inside the smallest containing one that the class's addresses are not in. */
  private String excluded() {
    CidrBlock smallest = smallestWithin();
    List<CidrBlock> holes = networks.stream()
        .filter(n -> !within.contains(n) && n.family() == smallest.family() && n.prefix() > smallest.prefix()
            && smallest.contains(CidrBlock.format(n.family(), n.first())))
        .toList();
    return holes.isEmpty() ? "" : " except " + join(holes);
  }

  private static String join(List<CidrBlock> blocks) {
    return blocks.stream().map(CidrBlock::toString).collect(Collectors.joining(", "));
  }
}
