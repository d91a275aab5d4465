package io.github.apigwlint.policy;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An IPv4 or IPv6 network written the way IAM's IpAddress operator takes it. Hand-written and
 * strict: no host names, no leading zeros tricks beyond plain decimal, no octet above 255, no prefix
 * beyond the family's width, nothing before or after. A bare address is a /32 or /128.
 */
public record CidrBlock(int family, BigInteger network, int prefix) {

  public static final int IPV4 = 4;
  public static final int IPV6 = 6;

  public static Optional<CidrBlock> parse(String text) {
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    Optional<Address> parsed = Address.parse(address);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    int width = parsed.get().family == IPV4 ? 32 : 128;
    int prefix = width;
    if (slash >= 0) {
      String digits = text.substring(slash + 1);
      if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      prefix = Integer.parseInt(digits);
      if (prefix > width) {
        return Optional.empty();
      }
    }
    return Optional.of(new CidrBlock(parsed.get().family, mask(parsed.get().value, prefix, width), prefix));
  }

  /** Whether the address (bare, no prefix) lies in this block; false for another family or junk. */
  public boolean contains(String address) {
    return Address.parse(address)
        .filter(a -> a.family == family)
        .map(a -> mask(a.value, prefix, width()).equals(network))
        .orElse(false);
  }

  /** The lowest address of the block, as a number of the family's width. */
  public BigInteger first() {
    return network;
  }

  /** The highest address of the block. */
  public BigInteger last() {
    return network.add(BigInteger.ONE.shiftLeft(width() - prefix)).subtract(BigInteger.ONE);
  }

  /** Whether {@code value} is an address of this family (0 to 2^width - 1). */
  public boolean inFamilyRange(BigInteger value) {
    return value.signum() >= 0 && value.bitLength() <= width();
  }

  /** Writes an address of {@code family}: dotted quad, or eight full hex groups. */
  public static String format(int family, BigInteger value) {
    if (family == IPV4) {
      long v = value.longValue();
      return (v >>> 24 & 255) + "." + (v >>> 16 & 255) + "." + (v >>> 8 & 255) + "." + (v & 255);
    }
    StringBuilder text = new StringBuilder();
    for (int group = 7; group >= 0; group--) {
      text.append(Integer.toHexString(value.shiftRight(16 * group).intValue() & 0xffff));
      if (group > 0) {
        text.append(':');
      }
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return format(family, network) + "/" + prefix;
  }

  private int width() {
    return family == IPV4 ? 32 : 128;
  }

  private static BigInteger mask(BigInteger value, int prefix, int width) {
    return value.shiftRight(width - prefix).shiftLeft(width - prefix);
  }

  private record Address(int family, BigInteger value) {

    static Optional<Address> parse(String text) {
      if (text.indexOf(':') >= 0) {
        return ipv6(text).map(v -> new Address(IPV6, v));
      }
      return ipv4(text).map(v -> new Address(IPV4, BigInteger.valueOf(v)));
    }

    private static Optional<Long> ipv4(String text) {
      String[] octets = text.split("\\.", -1);
      if (octets.length != 4) {
        return Optional.empty();
      }
      long value = 0;
      for (String octet : octets) {
        if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(c -> c >= '0' && c <= '9')) {
          return Optional.empty();
        }
        int n = Integer.parseInt(octet);
        if (n > 255) {
          return Optional.empty();
        }
        value = value << 8 | n;
      }
      return Optional.of(value);
    }

    /** Eight hex groups, one {@code ::} for a run of zero groups, an IPv4 tail allowed. */
    private static Optional<BigInteger> ipv6(String text) {
      int doubleColon = text.indexOf("::");
      if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
        return Optional.empty();
      }
      String head = doubleColon < 0 ? text : text.substring(0, doubleColon);
      String tail = doubleColon < 0 ? "" : text.substring(doubleColon + 2);
      Optional<int[]> headGroups = groups(head, doubleColon < 0);
      Optional<int[]> tailGroups = groups(tail, true);
      if (headGroups.isEmpty() || tailGroups.isEmpty()) {
        return Optional.empty();
      }
      int count = headGroups.get().length + tailGroups.get().length;
      if (doubleColon < 0 ? count != 8 : count > 7) {
        return Optional.empty();
      }
      BigInteger value = BigInteger.ZERO;
      for (int g : headGroups.get()) {
        value = value.shiftLeft(16).or(BigInteger.valueOf(g));
      }
      value = value.shiftLeft(16 * (8 - count));
      for (int g : tailGroups.get()) {
        value = value.shiftLeft(16).or(BigInteger.valueOf(g));
      }
      return Optional.of(value);
    }

    /** Colon-separated hex groups; the last may be a dotted IPv4 address when {@code last}. */
    private static Optional<int[]> groups(String text, boolean last) {
      if (text.isEmpty()) {
        return Optional.of(new int[0]);
      }
      String[] parts = text.split(":", -1);
      String final_ = parts[parts.length - 1];
      boolean ipv4Tail = last && final_.indexOf('.') >= 0;
      int[] groups = new int[parts.length + (ipv4Tail ? 1 : 0)];
      for (int i = 0; i < parts.length - (ipv4Tail ? 1 : 0); i++) {
        String part = parts[i];
        if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(CidrBlock.Address::isHex)) {
          return Optional.empty();
        }
        groups[i] = Integer.parseInt(part, 16);
      }
      if (ipv4Tail) {
        Optional<Long> v4 = ipv4(final_);
        if (v4.isEmpty()) {
          return Optional.empty();
        }
        groups[parts.length - 1] = (int) (v4.get() >>> 16);
        groups[parts.length] = (int) (v4.get() & 0xffff);
      }
      return Optional.of(groups);
    }

    private static boolean isHex(int c) {
      return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
  }
}
