package io.github.kubecheck.netpol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of (protocol, port) pairs, ports 1 to 65535, kept as sorted disjoint intervals over one
 * line where each protocol owns a block of 65536 numbers. Port 0 of every block is never a
 * member, so intervals never run from one protocol into the next. Immutable.
 */
public final class PortSet {

  private static final int BLOCK = 65536;
  static final int MAX_PORT = 65535;

  public static final PortSet NONE = new PortSet(new int[0]);
  public static final PortSet ALL;

  static {
    int[] all = new int[Protocol.values().length * 2];
    for (Protocol p : Protocol.values()) {
      all[p.ordinal() * 2] = p.ordinal() * BLOCK + 1;
      all[p.ordinal() * 2 + 1] = p.ordinal() * BLOCK + MAX_PORT;
    }
    ALL = new PortSet(all);
  }

  /** Start and end (inclusive) of each interval, in order. */
  private final int[] bounds;

  private PortSet(int[] bounds) {
    this.bounds = bounds;
  }

  /** Ports {@code from} to {@code to} inclusive, clipped to 1-65535; empty when from > to. */
  public static PortSet range(Protocol protocol, int from, int to) {
    int lo = Math.max(from, 1);
    int hi = Math.min(to, MAX_PORT);
    if (lo > hi) {
      return NONE;
    }
    int base = protocol.ordinal() * BLOCK;
    return new PortSet(new int[] {base + lo, base + hi});
  }

  public static PortSet port(Protocol protocol, int port) {
    return range(protocol, port, port);
  }

  public static PortSet allOf(Protocol protocol) {
    return range(protocol, 1, MAX_PORT);
  }

  public boolean isEmpty() {
    return bounds.length == 0;
  }

  public boolean isAll() {
    return equals(ALL);
  }

  public boolean contains(Protocol protocol, int port) {
    int v = protocol.ordinal() * BLOCK + port;
    for (int i = 0; i < bounds.length; i += 2) {
      if (v < bounds[i]) {
        return false;
      }
      if (v <= bounds[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether every member of {@code other} is a member of this set. */
  public boolean containsAll(PortSet other) {
    return other.minus(this).isEmpty();
  }

  public PortSet union(PortSet other) {
    if (other.isEmpty() || this == other) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    int[] out = new int[bounds.length + other.bounds.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < bounds.length || j < other.bounds.length) {
      int s;
      int e;
      if (j >= other.bounds.length || i < bounds.length && bounds[i] <= other.bounds[j]) {
        s = bounds[i];
        e = bounds[i + 1];
        i += 2;
      } else {
        s = other.bounds[j];
        e = other.bounds[j + 1];
        j += 2;
      }
      if (n > 0 && s <= out[n - 1] + 1) {
        out[n - 1] = Math.max(out[n - 1], e);
      } else {
        out[n++] = s;
        out[n++] = e;
      }
    }
    return of(out, n);
  }

  public PortSet intersect(PortSet other) {
    if (this == other || other == ALL) {
      return this;
    }
    if (this == ALL) {
      return other;
    }
    int[] out = new int[bounds.length + other.bounds.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < bounds.length && j < other.bounds.length) {
      int s = Math.max(bounds[i], other.bounds[j]);
      int e = Math.min(bounds[i + 1], other.bounds[j + 1]);
      if (s <= e) {
        out[n++] = s;
        out[n++] = e;
      }
      if (bounds[i + 1] < other.bounds[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return of(out, n);
  }

  public PortSet minus(PortSet other) {
    if (isEmpty() || other.isEmpty()) {
      return this;
    }
    if (other == ALL || this == other) {
      return NONE;
    }
    List<int[]> out = new ArrayList<>();
    int j = 0;
    for (int i = 0; i < bounds.length; i += 2) {
      int s = bounds[i];
      int e = bounds[i + 1];
      while (j < other.bounds.length && other.bounds[j + 1] < s) {
        j += 2;
      }
      int k = j;
      while (s <= e && k < other.bounds.length && other.bounds[k] <= e) {
        if (other.bounds[k] > s) {
          out.add(new int[] {s, other.bounds[k] - 1});
        }
        s = Math.max(s, other.bounds[k + 1] + 1);
        k += 2;
      }
      if (s <= e) {
        out.add(new int[] {s, e});
      }
    }
    int[] flat = new int[out.size() * 2];
    for (int i = 0; i < out.size(); i++) {
      flat[i * 2] = out.get(i)[0];
      flat[i * 2 + 1] = out.get(i)[1];
    }
    return of(flat, flat.length);
  }

  private static PortSet of(int[] out, int n) {
    if (n == 0) {
      return NONE;
    }
    int[] b = Arrays.copyOf(out, n);
    return Arrays.equals(b, ALL.bounds) ? ALL : new PortSet(b);
  }

  /**
   * The set as the reports write it: {@code ["all"]} when every port of every protocol is in it,
   * else items such as {@code TCP/80}, {@code UDP/5000-6000}, {@code SCTP/1-65535}, by protocol
   * then port.
   */
  public List<String> describe() {
    if (isAll()) {
      return List.of("all");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      Protocol p = Protocol.values()[bounds[i] / BLOCK];
      int lo = bounds[i] % BLOCK;
      int hi = bounds[i + 1] % BLOCK;
      out.add(p.name() + "/" + (lo == hi ? String.valueOf(lo) : lo + "-" + hi));
    }
    return List.copyOf(out);
  }

  /** The member intervals of one protocol, as {from, to} pairs. */
  public List<int[]> ranges(Protocol protocol) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      if (bounds[i] / BLOCK == protocol.ordinal()) {
        out.add(new int[] {bounds[i] % BLOCK, bounds[i + 1] % BLOCK});
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortSet p && Arrays.equals(bounds, p.bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  @Override
  public String toString() {
    return isEmpty() ? "none" : String.join(", ", describe());
  }
}
