package io.github.kubecheck.netpol;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address as a number. Parsed by hand so that reading a manifest never resolves
 * a host name.
 *
 * @param family 4 or 6
 */
public record IpAddress(int family, BigInteger value) implements Comparable<IpAddress> {

  public int bits() {
    return family == 4 ? 32 : 128;
  }

  public static Optional<IpAddress> parse(String text) {
    String t = text.strip();
    if (t.contains(":")) {
      return parse6(t).map(v -> new IpAddress(6, v));
    }
    return parse4(t).map(v -> new IpAddress(4, BigInteger.valueOf(v)));
  }

  private static Optional<Long> parse4(String t) {
    String[] parts = t.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    long v = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      int octet = Integer.parseInt(p);
      if (octet > 255) {
        return Optional.empty();
      }
      v = v * 256 + octet;
    }
    return Optional.of(v);
  }

  private static Optional<BigInteger> parse6(String t) {
    int gap = t.indexOf("::");
    if (gap >= 0 && t.indexOf("::", gap + 1) >= 0) {
      return Optional.empty();
    }
    String head = gap >= 0 ? t.substring(0, gap) : t;
    String tail = gap >= 0 ? t.substring(gap + 2) : "";
    Optional<int[]> h = groups(head, gap < 0 || tail.isEmpty());
    Optional<int[]> tl = groups(tail, true);
    if (h.isEmpty() || tl.isEmpty()) {
      return Optional.empty();
    }
    int total = h.get().length + tl.get().length;
    if (gap < 0 ? total != 8 : total > 7) {
      return Optional.empty();
    }
    int[] all = new int[8];
    System.arraycopy(h.get(), 0, all, 0, h.get().length);
    System.arraycopy(tl.get(), 0, all, 8 - tl.get().length, tl.get().length);
    BigInteger v = BigInteger.ZERO;
    for (int g : all) {
      v = v.shiftLeft(16).or(BigInteger.valueOf(g));
    }
    return Optional.of(v);
  }

  /** Colon-separated hex groups; the last may be a dotted IPv4 address when {@code last}. */
  private static Optional<int[]> groups(String part, boolean last) {
    if (part.isEmpty()) {
      return Optional.of(new int[0]);
    }
    String[] items = part.split(":", -1);
    int[] out = new int[items.length * 2];
    int n = 0;
    for (int i = 0; i < items.length; i++) {
      String g = items[i];
      if (last && i == items.length - 1 && g.contains(".")) {
        Optional<Long> v4 = parse4(g);
        if (v4.isEmpty()) {
          return Optional.empty();
        }
        out[n++] = (int) (v4.get() >> 16);
        out[n++] = (int) (v4.get() & 0xffff);
        continue;
      }
      if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return Optional.empty();
      }
      out[n++] = Integer.parseInt(g, 16);
    }
    int[] exact = new int[n];
    System.arraycopy(out, 0, exact, 0, n);
    return Optional.of(exact);
  }

  /** Dotted decimal, or RFC 5952 text for IPv6 (lower case, longest zero run as ::). */
  public static String format(int family, BigInteger value) {
    if (family == 4) {
      long v = value.longValue();
      return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
    }
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLen - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(g[i]));
    }
    return out.toString();
  }

  @Override
  public int compareTo(IpAddress o) {
    int c = Integer.compare(family, o.family);
    return c != 0 ? c : value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return format(family, value);
  }
}
