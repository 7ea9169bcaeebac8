package io.github.kubecheck.scheduler;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The default profile's Score plugins and weights: TaintToleration 3, NodeAffinity 2,
 * PodTopologySpread 2, InterPodAffinity 2, NodeResourcesFit (LeastAllocated over cpu and memory)
 * 1, NodeResourcesBalancedAllocation 1. ImageLocality is left out: images on nodes are unknown.
 */
final class Scorers {

  private Scorers() {}

  static final List<ScorePlugin> DEFAULT = List.of(new LeastAllocated(), new Balanced(),
      new PreferNoSchedule(), new PreferredNodeAffinity(), new SpreadScore(),
      new PreferredPodAffinity());

  /** The plugins {@link #resources} leaves out, each skipped when it scores all nodes alike. */
  static final List<ScorePlugin> OPTIONAL = DEFAULT.subList(3, DEFAULT.size());

  /**
   * The weighted sum of LeastAllocated, BalancedAllocation and TaintToleration in one pass over
   * the nodes: the same numbers as their separate plugins, without their arrays.
   */
  static long[] resources(Cycle c, List<NodeState> nodes) {
    int size = nodes.size();
    long[] total = new long[size];
    long[] taints = new long[size];
    long maxTaints = 0;
    ResourceList nonZero = c.pod.scoringRequests();
    ResourceList want = c.pod.requests();
    if (size >= 256 && Scheduler.PARALLEL_NODES != Integer.MAX_VALUE) {
      IntStream.range(0, 2).parallel().forEach(half -> resources(c, nodes, nonZero, want,
          total, taints, half * size / 2, (half + 1) * size / 2));
    } else {
      resources(c, nodes, nonZero, want, total, taints, 0, size);
    }
    for (long t : taints) {
      maxTaints = Math.max(maxTaints, t);
    }
    if (maxTaints > 0) {
      for (int i = 0; i < size; i++) {
        total[i] += 3 * (100 - 100 * taints[i] / maxTaints);
      }
    }
    return total;
  }

  private static void resources(Cycle c, List<NodeState> nodes, ResourceList nonZero,
      ResourceList want, long[] total, long[] taints, int from, int to) {
    for (int i = from; i < to; i++) {
      NodeState n = nodes.get(i);
      long cpu = LeastAllocated.free(n.allocatable().milliCpu(),
          n.scoreMilliCpu() + nonZero.milliCpu());
      long mem = LeastAllocated.free(n.allocatable().memory(), n.scoreMemory() + nonZero.memory());
      total[i] = (cpu + mem) / 2;
      total[i] += Balanced.score(n.milliCpu() + want.milliCpu(), n.allocatable().milliCpu(),
          n.memory() + want.memory(), n.allocatable().memory());
      taints[i] = c.fit != null ? c.fit.preferNoSchedule(n) : StaticFit.preferNoSchedule(c.pod, n);
    }
  }

  /** NodeResourcesFit, LeastAllocated: the share of cpu and memory left free, averaged. */
  static final class LeastAllocated implements ScorePlugin {
    public String name() {
      return "NodeResourcesFit";
    }

    public int weight() {
      return 1;
    }

    public long[] score(Cycle c, List<NodeState> nodes) {
      long[] out = new long[nodes.size()];
      ResourceList want = c.pod.scoringRequests();
      for (int i = 0; i < out.length; i++) {
        NodeState n = nodes.get(i);
        long cpu = free(n.allocatable().milliCpu(), n.scoreMilliCpu() + want.milliCpu());
        long mem = free(n.allocatable().memory(), n.scoreMemory() + want.memory());
        out[i] = (cpu + mem) / 2;
      }
      return out;
    }

    static long free(long capacity, long requested) {
      if (capacity == 0 || requested > capacity) {
        return 0;
      }
      return (capacity - requested) * 100 / capacity;
    }
  }

  /** NodeResourcesBalancedAllocation: how close the cpu and memory fractions would be. */
  static final class Balanced implements ScorePlugin {
    public String name() {
      return "NodeResourcesBalancedAllocation";
    }

    public int weight() {
      return 1;
    }

    public long[] score(Cycle c, List<NodeState> nodes) {
      long[] out = new long[nodes.size()];
      ResourceList want = c.pod.requests();
      for (int i = 0; i < out.length; i++) {
        NodeState n = nodes.get(i);
        out[i] = score(n.milliCpu() + want.milliCpu(), n.allocatable().milliCpu(),
            n.memory() + want.memory(), n.allocatable().memory());
      }
      return out;
    }

    static long score(long cpuRequested, long cpuCapacity, long memRequested, long memCapacity) {
      double cpu = fraction(cpuRequested, cpuCapacity);
      double mem = fraction(memRequested, memCapacity);
      return (long) ((1 - Math.abs(cpu - mem) / 2) * 100);
    }

    private static double fraction(long requested, long capacity) {
      return capacity == 0 ? 1 : Math.min(1.0, (double) requested / capacity);
    }
  }

  /** TaintToleration: fewer untolerated PreferNoSchedule taints is better. */
  static final class PreferNoSchedule implements ScorePlugin {
    public String name() {
      return "TaintToleration";
    }

    public int weight() {
      return 3;
    }

    public long[] score(Cycle c, List<NodeState> nodes) {
      long[] out = new long[nodes.size()];
      for (int i = 0; i < out.length; i++) {
        NodeState n = nodes.get(i);
        out[i] = c.fit != null ? c.fit.preferNoSchedule(n) : StaticFit.preferNoSchedule(c.pod, n);
      }
      ScorePlugin.normalize(out, true);
      return out;
    }
  }

  /** NodeAffinity: the weights of the preferred terms a node matches. */
  static final class PreferredNodeAffinity implements ScorePlugin {
    public String name() {
      return "NodeAffinity";
    }

    @Override
    public boolean applies(Cycle c) {
      return !c.pod.nodeAffinity().preferred().isEmpty();
    }

    public int weight() {
      return 2;
    }

    public long[] score(Cycle c, List<NodeState> nodes) {
      long[] out = new long[nodes.size()];
      if (c.pod.nodeAffinity().preferred().isEmpty()) {
        return out;
      }
      for (int i = 0; i < out.length; i++) {
        NodeState n = nodes.get(i);
        out[i] = c.fit != null ? c.fit.preferredAffinity(n)
            : c.pod.nodeAffinity().preferredScore(n.name(), n.node().labels());
      }
      ScorePlugin.normalize(out, false);
      return out;
    }
  }

  /**
   * PodTopologySpread (ScheduleAnyway constraints): fewer matching pods in the node's domains is
   * better, each constraint weighted by the log of its number of domains.
   */
  static final class SpreadScore implements ScorePlugin {
    public String name() {
      return "PodTopologySpread";
    }

    @Override
    public boolean applies(Cycle c) {
      return !c.softSpread.isEmpty();
    }

    public int weight() {
      return 2;
    }

    public long[] score(Cycle c, List<NodeState> nodes) {
      long[] out = new long[nodes.size()];
      if (c.softSpread.isEmpty()) {
        return out;
      }
      boolean[] ignored = new boolean[nodes.size()];
      long max = Long.MIN_VALUE;
      long min = Long.MAX_VALUE;
      for (int i = 0; i < out.length; i++) {
        double sum = 0;
        for (Cycle.Spread s : c.softSpread) {
          NodeState n = nodes.get(i);
          if (!s.counts().hasKey(n)) {
            ignored[i] = true;
            break;
          }
          double w = Math.log(s.counts().domains() + 2);
          sum += s.counts().count(n) * w + (s.constraint().maxSkew() - 1);
        }
        if (!ignored[i]) {
          out[i] = Math.round(sum);
          max = Math.max(max, out[i]);
          min = Math.min(min, out[i]);
        }
      }
      for (int i = 0; i < out.length; i++) {
        if (ignored[i]) {
          out[i] = 0;
        } else if (max == 0) {
          out[i] = 100;
        } else {
          out[i] = 100 * (max + min - out[i]) / max;
        }
      }
      return out;
    }
  }

  /**
   * InterPodAffinity: the weights of the incoming pod's preferred terms, times the matching pods
   * in the node's domain (anti-affinity subtracting), scaled between the lowest and highest.
   * The preferred terms of pods already bound are not counted back (upstream does).
   */
  static final class PreferredPodAffinity implements ScorePlugin {
    public String name() {
      return "InterPodAffinity";
    }

    @Override
    public boolean applies(Cycle c) {
      return !c.preferred.isEmpty();
    }

    public int weight() {
      return 2;
    }

    public long[] score(Cycle c, List<NodeState> nodes) {
      long[] out = new long[nodes.size()];
      if (c.preferred.isEmpty()) {
        return out;
      }
      long max = Long.MIN_VALUE;
      long min = Long.MAX_VALUE;
      for (int i = 0; i < out.length; i++) {
        long sum = 0;
        for (Cycle.Preferred p : c.preferred) {
          sum += (long) p.weight() * p.counts().get(nodes.get(i));
        }
        out[i] = sum;
        max = Math.max(max, sum);
        min = Math.min(min, sum);
      }
      for (int i = 0; i < out.length; i++) {
        out[i] = max > min ? 100 * (out[i] - min) / (max - min) : 0;
      }
      return out;
    }
  }
}
