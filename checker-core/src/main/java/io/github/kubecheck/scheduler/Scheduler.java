package io.github.kubecheck.scheduler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * kube-scheduler's scheduling cycle over the simulated cluster: the queue in priority order
 * (then creation order), PreFilter, the Filter plugins in the default profile's order over the
 * nodes (searching, as upstream, only until enough feasible nodes are found, from where the
 * previous pod's search stopped), Score, bind; and DefaultPreemption when no node fits.
 *
 * <p>Ties between equally scored nodes are broken by node name, lowest first (kube-scheduler
 * picks one of them at random), so the same input always gives the same placements.
 */
final class Scheduler {

  /** The filters after the node-only ones of {@link StaticFit}, in the default profile's order. */
  static final FilterPlugin[] FILTERS = {new NodePorts(), new NodeResourcesFit(),
      new VolumeBinding(), new VolumeZone(), new PodTopologySpread(), new InterPodAffinity()};

  private static final Rejection NOT_HELPFUL =
      Rejection.unresolvable(Reasons.PREEMPTION_NOT_HELPFUL);
  private static final Rejection NO_VICTIMS = Rejection.unresolvable(Reasons.NO_VICTIMS);
  private static final Rejection NOT_PINNED = Rejection.unresolvable(Reasons.NODE_AFFINITY);

  /**
   * From this many candidate nodes on, filtering runs on two threads; the system property
   * {@code kubecheck.scheduler.parallel=false} keeps it on one (for measuring).
   */
  static final int PARALLEL_NODES =
      Boolean.parseBoolean(System.getProperty("kubecheck.scheduler.parallel", "true"))
          ? 1000 : Integer.MAX_VALUE;
  private static final int ROUND_SLACK = 64;

  private final SchedulingState state;
  private final Wording wording;
  private final Budgets budgets;
  private final List<NodeState> nodes;
  private final List<NodeState> byName;
  /** Each node's position in name order, for the tie-break. */
  private final int[] rank;
  private int nextStart;
  /** Each node's rejection in the latest search; read only when no node fit, so all are set. */
  private final Rejection[] lastRejection;
  private final Map<SimPod, Schedule.Placement> placements = new HashMap<>();
  private final Map<SimPod, String> failures = new HashMap<>();
  private final List<SimPod> requeued = new ArrayList<>();
  private final Map<SimPod, Integer> attempts = new HashMap<>();

  Scheduler(SchedulingState state, Wording wording, Budgets budgets) {
    this.state = state;
    this.wording = wording;
    this.budgets = budgets;
    this.nodes = state.nodes();
    List<NodeState> sorted = new ArrayList<>(nodes);
    sorted.sort((a, b) -> a.name().compareTo(b.name()));
    this.byName = List.copyOf(sorted);
    this.rank = new int[nodes.size()];
    this.lastRejection = new Rejection[nodes.size()];
    for (int i = 0; i < sorted.size(); i++) {
      rank[sorted.get(i).index()] = i;
    }
  }

  Map<SimPod, Schedule.Placement> placements() {
    return placements;
  }

  Map<SimPod, String> failures() {
    return failures;
  }

  /** Schedules the queue, then the pods preemption evicted, each at most a few times. */
  void run(List<SimPod> queue) {
    List<SimPod> sorted = new ArrayList<>(queue);
    sorted.sort(Scheduler::queueOrder);
    for (SimPod p : sorted) {
      scheduleOne(p);
    }
    while (!requeued.isEmpty()) {
      List<SimPod> again = new ArrayList<>(requeued);
      requeued.clear();
      again.sort(Scheduler::queueOrder);
      for (SimPod p : again) {
        if (attempts.merge(p, 1, Integer::sum) <= 3) {
          scheduleOne(p);
        } else {
          failures.putIfAbsent(p, "evicted by preemption too often to be rescheduled");
        }
      }
    }
  }

  static int queueOrder(SimPod a, SimPod b) {
    int c = Integer.compare(b.priority(), a.priority());
    return c != 0 ? c : Integer.compare(a.order(), b.order());
  }

  Optional<NodeState> scheduleOne(SimPod pod) {
    return scheduleOne(pod, true);
  }

  /** One cycle; returns the node the pod was bound to. */
  Optional<NodeState> scheduleOne(SimPod pod, boolean mayPreempt) {
    List<NodeState> candidates = pinnedNodes(pod);
    Cycle cycle = new Cycle(pod, state, wording, candidates != nodes);
    if (cycle.preFilterRejection.isPresent()) {
      String msg = "0/" + nodes.size() + " nodes are available: "
          + cycle.preFilterRejection.get() + "."
          + preemptionAfterPreFilter(pod, cycle.preFilterRejection.get());
      failures.put(pod, msg);
      return Optional.empty();
    }
    Map<NodeState, Rejection> rejected = new HashMap<>();
    List<NodeState> feasible = findFeasible(cycle, candidates, rejected);
    if (feasible.isEmpty() && !mayPreempt) {
      failures.put(pod, fitError(rejected));
      return Optional.empty();
    }
    if (feasible.isEmpty()) {
      return preempt(cycle, rejected);
    }
    NodeState best = select(cycle, feasible);
    bind(pod, best, List.of());
    return Optional.of(best);
  }

  private List<NodeState> findFeasible(Cycle cycle, List<NodeState> candidates,
      Map<NodeState, Rejection> rejected) {
    int all = candidates.size();
    int want = numFeasibleNodesToFind(nodes.size());
    List<NodeState> feasible = new ArrayList<>(Math.min(want, all));
    int start = candidates == nodes ? nextStart : 0;
    int processed = 0;
    if (all < PARALLEL_NODES) {
      for (; processed < all && feasible.size() < want; processed++) {
        NodeState n = candidates.get((start + processed) % all);
        Rejection r = filter(cycle, n);
        lastRejection[n.index()] = r;
        if (r == null) {
          feasible.add(n);
        }
      }
    } else {
      // Rounds of nodes filtered on two threads (the filters only read), then taken in order:
      // the same nodes as one after another, a few filtered in vain past the last round's end.
      while (processed < all && feasible.size() < want) {
        int base = processed;
        int round = Math.min(all - base, want - feasible.size() + ROUND_SLACK);
        IntStream.range(0, 2).parallel().forEach(half -> {
          for (int k = base + half * round / 2; k < base + (half + 1) * round / 2; k++) {
            NodeState n = candidates.get((start + k) % all);
            lastRejection[n.index()] = filter(cycle, n);
          }
        });
        for (int k = base; k < base + round && feasible.size() < want; k++) {
          NodeState n = candidates.get((start + k) % all);
          if (lastRejection[n.index()] == null) {
            feasible.add(n);
          }
          processed = k + 1;
        }
      }
    }
    if (candidates == nodes && all > 0) {
      nextStart = (start + processed) % all;
    }
    if (feasible.isEmpty()) {
      for (NodeState n : candidates) {
        rejected.put(n, lastRejection[n.index()]);
      }
      if (candidates != nodes) {
        for (NodeState n : nodes) {
          if (!candidates.contains(n)) {
            rejected.put(n, NOT_PINNED);
          }
        }
      }
    }
    return feasible;
  }

  /**
   * NodeAffinity's PreFilter: a pod whose only required term names nodes by metadata.name (as
   * DaemonSet pods are pinned) is filtered on those nodes only.
   */
  private List<NodeState> pinnedNodes(SimPod pod) {
    var required = pod.nodeAffinity().required();
    if (required.isPresent() && required.get().size() == 1) {
      var term = required.get().get(0);
      for (var f : term.matchFields()) {
        if (f.key().equals("metadata.name") && f.operator().equals("In")) {
          List<NodeState> out = new ArrayList<>();
          for (String name : f.values()) {
            NodeState n = state.node(name);
            if (n != null && !out.contains(n)) {
              out.add(n);
            }
          }
          return out;
        }
      }
    }
    return nodes;
  }

  /** kube-scheduler's adaptive percentageOfNodesToScore. */
  static int numFeasibleNodesToFind(int all) {
    if (all < 100) {
      return all;
    }
    int percentage = Math.max(5, 50 - all / 125);
    return Math.max(100, all * percentage / 100);
  }

  static Rejection filter(Cycle cycle, NodeState n) {
    Rejection fixed = cycle.fit != null ? cycle.fit.rejection(n)
        : StaticFit.filter(cycle.pod, cycle.wording, n);
    if (fixed != null) {
      return fixed;
    }
    for (FilterPlugin f : cycle.filters) {
      Rejection r = f.filter(cycle, n);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private NodeState select(Cycle cycle, List<NodeState> feasible) {
    if (feasible.size() == 1) {
      return feasible.get(0);
    }
    long[] total = Scorers.resources(cycle, feasible);
    for (ScorePlugin p : Scorers.OPTIONAL) {
      if (!p.applies(cycle)) {
        continue;
      }
      long[] s = p.score(cycle, feasible);
      for (int i = 0; i < total.length; i++) {
        total[i] += s[i] * p.weight();
      }
    }
    int best = 0;
    for (int i = 1; i < total.length; i++) {
      if (total[i] > total[best] || total[i] == total[best]
          && rank[feasible.get(i).index()] < rank[feasible.get(best).index()]) {
        best = i;
      }
    }
    return feasible.get(best);
  }

  void bind(SimPod pod, NodeState n, List<SimPod> preempted) {
    state.bind(pod, n);
    failures.remove(pod);
    if (!pod.existing()) {
      placements.put(pod, new Schedule.Placement(pod, n.name(), preempted));
    }
  }

  void unbind(SimPod pod) {
    state.unbind(pod);
    placements.remove(pod);
  }

  /** The FailedScheduling text of the filters' rejections. */
  private String fitError(Map<NodeState, Rejection> rejected) {
    return "0/" + nodes.size() + " nodes are available: " + histogram(rejected.values(), false)
        + ".";
  }

  private String histogram(Iterable<Rejection> rejections, boolean preemption) {
    Map<String, Integer> counts = new HashMap<>();
    for (Rejection r : rejections) {
      for (String reason : r.reasons()) {
        counts.merge(reason, 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((reason, n) -> parts.add(n + " "
        + (preemption ? wording.preemptionReason(reason) : reason)));
    Collections.sort(parts);
    return String.join(", ", parts);
  }

  /**
   * The preemption part after a PreFilter rejection, which every node then carries. A missing
   * claim or class and unbound immediate claims are UnschedulableAndUnresolvable, so preemption
   * is not helpful anywhere; only a ReadWriteOncePod conflict (plain Unschedulable) leaves nodes
   * where evicting a lower-priority pod could help.
   */
  private String preemptionAfterPreFilter(SimPod pod, String rejection) {
    if (!wording.reportsPreemption()) {
      return "";
    }
    if (pod.preemptNever()) {
      return " preemption: " + Reasons.PREEMPT_NEVER;
    }
    boolean resolvable = rejection.equals(Reasons.READ_WRITE_ONCE_POD);
    List<Rejection> why = new ArrayList<>();
    for (NodeState n : nodes) {
      boolean lower = n.pods().stream().anyMatch(p -> p.priority() < pod.priority());
      why.add(!resolvable ? NOT_HELPFUL : lower ? NOT_HELPFUL : NO_VICTIMS);
    }
    return " preemption: 0/" + nodes.size() + " nodes are available: " + histogram(why, true)
        + ".";
  }

  /**
   * DefaultPreemption: on each node the filters rejected for a reason eviction can cure, remove
   * every lower-priority pod, check the pod fits, then give back (highest priority first, those
   * a PodDisruptionBudget protects before the others) every victim it still fits beside. The
   * candidate with the fewest budget violations, then the lowest highest-priority victim, then
   * the lowest sum of priorities, then the fewest victims, then the lowest name wins; its
   * victims are evicted (and go back to the queue) and the pod is bound there.
   */
  private Optional<NodeState> preempt(Cycle cycle, Map<NodeState, Rejection> rejected) {
    SimPod pod = cycle.pod;
    String message = fitError(rejected);
    if (!wording.reportsPreemption()) {
      failures.put(pod, message);
      return Optional.empty();
    }
    if (pod.preemptNever()) {
      failures.put(pod, message + " preemption: " + Reasons.PREEMPT_NEVER);
      return Optional.empty();
    }
    int wanted = Math.min(nodes.size(), Math.max(100, nodes.size() / 10));
    List<Rejection> why = new ArrayList<>();
    NodeState bestNode = null;
    List<SimPod> bestVictims = null;
    int bestViolations = 0;
    int found = 0;
    for (NodeState n : byName) {
      Rejection r = rejected.get(n);
      if (r == null || r.unresolvable()) {
        why.add(NOT_HELPFUL);
        continue;
      }
      List<SimPod> lower = new ArrayList<>();
      for (SimPod p : n.pods()) {
        if (p.priority() < pod.priority()) {
          lower.add(p);
        }
      }
      if (lower.isEmpty()) {
        why.add(NO_VICTIMS);
        continue;
      }
      VictimSearch search = victims(pod, n, lower);
      if (search.rejection() != null) {
        why.add(search.rejection());
        continue;
      }
      List<SimPod> victims = search.victims();
      found++;
      if (bestVictims == null || search.violations() < bestViolations
          || search.violations() == bestViolations && better(victims, bestVictims)) {
        bestNode = n;
        bestVictims = victims;
        bestViolations = search.violations();
      }
      if (found >= wanted) {
        break;
      }
    }
    if (bestNode == null) {
      failures.put(pod, message + " preemption: 0/" + nodes.size() + " nodes are available: "
          + histogram(why, true) + ".");
      return Optional.empty();
    }
    for (SimPod v : bestVictims) {
      unbind(v);
      if (!v.existing()) {
        requeued.add(v);
      }
      failures.put(v, "preempted by " + pod.fullName() + " on node " + bestNode.name());
    }
    bind(pod, bestNode, bestVictims);
    return Optional.of(bestNode);
  }

  /** The victims on one node, or why the pod does not fit even without them. */
  private record VictimSearch(List<SimPod> victims, Rejection rejection, int violations) {}

  private VictimSearch victims(SimPod pod, NodeState n, List<SimPod> lower) {
    for (SimPod p : lower) {
      state.unbind(p);
    }
    Rejection still = filter(new Cycle(pod, state, wording, pinnedNodes(pod) != nodes), n);
    if (still != null) {
      for (SimPod p : lower) {
        state.bind(p, n);
      }
      return new VictimSearch(List.of(), still, 0);
    }
    List<SimPod> byPriority = new ArrayList<>(lower);
    byPriority.sort(Scheduler::queueOrder);
    // As upstream: those whose eviction would break a PodDisruptionBudget are given back first.
    List<SimPod> violating = budgets.violating(byPriority, state);
    List<SimPod> order = new ArrayList<>(violating);
    byPriority.stream().filter(p -> !violating.contains(p)).forEach(order::add);
    List<SimPod> victims = new ArrayList<>();
    int violations = 0;
    for (SimPod p : order) {
      state.bind(p, n);
      if (filter(new Cycle(pod, state, wording, pinnedNodes(pod) != nodes), n) != null) {
        state.unbind(p);
        victims.add(p);
        violations += violating.contains(p) ? 1 : 0;
      }
    }
    for (SimPod v : victims) {
      state.bind(v, n);
    }
    return new VictimSearch(victims, null, violations);
  }

  private static boolean better(List<SimPod> a, List<SimPod> b) {
    int c = Integer.compare(highest(a), highest(b));
    if (c != 0) {
      return c < 0;
    }
    long sa = a.stream().mapToLong(SimPod::priority).sum();
    long sb = b.stream().mapToLong(SimPod::priority).sum();
    if (sa != sb) {
      return sa < sb;
    }
    return a.size() < b.size();
  }

  private static int highest(List<SimPod> pods) {
    return pods.stream().mapToInt(SimPod::priority).max().orElse(Integer.MIN_VALUE);
  }
}
