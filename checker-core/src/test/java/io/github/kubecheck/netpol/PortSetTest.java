package io.github.kubecheck.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Port interval sets against a plain bit-per-port model, and how reports write them. */
class PortSetTest {

  private static final int BLOCK = 65536;

  private static PortSet random(Random rnd, BitSet model) {
    PortSet s = PortSet.NONE;
    int n = rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      Protocol p = Protocol.values()[rnd.nextInt(3)];
      int from = 1 + rnd.nextInt(200);
      int to = from + rnd.nextInt(rnd.nextBoolean() ? 3 : 120);
      if (rnd.nextInt(10) == 0) {
        to = 65535;
      }
      s = s.union(PortSet.range(p, from, to));
      model.set(p.ordinal() * BLOCK + from, p.ordinal() * BLOCK + Math.min(to, 65535) + 1);
    }
    return s;
  }

  private static void assertSame(PortSet s, BitSet model) {
    for (Protocol p : Protocol.values()) {
      for (int port = 1; port <= 65535; port = port == 260 ? 65535 : port + 1) {
        if (s.contains(p, port) != model.get(p.ordinal() * BLOCK + port)) {
          throw new AssertionError(p + "/" + port + " wrongly " + (model.get(p.ordinal()
              * BLOCK + port) ? "missing from " : "in ") + s);
        }
      }
    }
  }

  @Test
  void unionIntersectionAndDifferenceAgreeWithThePlainModel() {
    Random rnd = new Random(8);
    for (int round = 0; round < 2000; round++) {
      BitSet ma = new BitSet();
      BitSet mb = new BitSet();
      PortSet a = random(rnd, ma);
      PortSet b = random(rnd, mb);
      BitSet union = (BitSet) ma.clone();
      union.or(mb);
      BitSet inter = (BitSet) ma.clone();
      inter.and(mb);
      BitSet minus = (BitSet) ma.clone();
      minus.andNot(mb);
      assertSame(a.union(b), union);
      assertSame(a.intersect(b), inter);
      assertSame(a.minus(b), minus);
      assertThat(a.union(b)).isEqualTo(b.union(a));
      assertThat(a.minus(b).union(a.intersect(b))).isEqualTo(a);
      assertThat(a.union(b).containsAll(a)).isTrue();
    }
  }

  @Test
  void everyPortOfEveryProtocolIsAll() {
    PortSet s = PortSet.NONE;
    for (Protocol p : Protocol.values()) {
      s = s.union(PortSet.range(p, 1, 100)).union(PortSet.range(p, 101, 65535));
    }
    assertThat(s.isAll()).isTrue();
    assertThat(s.describe()).containsExactly("all");
    assertThat(PortSet.ALL.minus(PortSet.port(Protocol.UDP, 53)).describe())
        .containsExactly("TCP/1-65535", "UDP/1-52", "UDP/54-65535", "SCTP/1-65535");
  }

  @Test
  void reportsWriteProtocolThenPortOrRange() {
    PortSet s = PortSet.port(Protocol.SCTP, 9090).union(PortSet.range(Protocol.UDP, 5000, 6000))
        .union(PortSet.port(Protocol.TCP, 80)).union(PortSet.port(Protocol.TCP, 81));
    assertThat(s.describe()).containsExactly("TCP/80-81", "UDP/5000-6000", "SCTP/9090");
    assertThat(PortSet.range(Protocol.TCP, 0, 0).isEmpty()).isTrue();
    assertThat(PortSet.range(Protocol.TCP, 70000, 80000).isEmpty()).isTrue();
  }
}
