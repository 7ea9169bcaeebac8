package io.github.kubecheck.netpol;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An address range in CIDR notation, its host bits cleared as Go's net.ParseCIDR clears them
 * ({@code 192.168.1.1/24} is {@code 192.168.1.0/24}). Two CIDRs are always either nested or
 * disjoint.
 */
public record Cidr(int family, BigInteger base, int prefix) implements Comparable<Cidr> {

  public static Optional<Cidr> parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String len = text.substring(slash + 1).strip();
    if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    Optional<IpAddress> ip = IpAddress.parse(text.substring(0, slash));
    if (ip.isEmpty()) {
      return Optional.empty();
    }
    int prefix = Integer.parseInt(len);
    if (prefix > ip.get().bits()) {
      return Optional.empty();
    }
    return Optional.of(of(ip.get(), prefix));
  }

  public static Cidr of(IpAddress ip, int prefix) {
    int bits = ip.bits();
    BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
        .shiftRight(prefix).not();
    return new Cidr(ip.family(), ip.value().and(mask).and(
        BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)), prefix);
  }

  /** The single address as a range: {@code /32} or {@code /128}. */
  public static Cidr host(IpAddress ip) {
    return of(ip, ip.bits());
  }

  /** Every address of a family: {@code 0.0.0.0/0} or {@code ::/0}. */
  public static Cidr everything(int family) {
    return new Cidr(family, BigInteger.ZERO, 0);
  }

  public int bits() {
    return family == 4 ? 32 : 128;
  }

  /** Whether every address of {@code other} is in this range. */
  public boolean contains(Cidr other) {
    if (other.family != family || other.prefix < prefix) {
      return false;
    }
    return other.base.shiftRight(bits() - prefix).equals(base.shiftRight(bits() - prefix));
  }

  public boolean contains(IpAddress ip) {
    return contains(host(ip));
  }

  public boolean overlaps(Cidr other) {
    return contains(other) || other.contains(this);
  }

  @Override
  public int compareTo(Cidr o) {
    int c = Integer.compare(family, o.family);
    if (c != 0) {
      return c;
    }
    c = base.compareTo(o.base);
    return c != 0 ? c : Integer.compare(prefix, o.prefix);
  }

  @Override
  public String toString() {
    return IpAddress.format(family, base) + "/" + prefix;
  }
}
