package io.github.kubecheck.scheduler;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every pod of the input went, which could not be placed and why, and the nodes with what
 * the pods bound to them request.
 *
 * @param pods every pod the input's workloads create, in creation order
 * @param skipped pods left to another scheduler (their schedulerName)
 * @param surges for each Deployment rolling out on its surge alone, whether a surge pod fits
 * @param failures the unschedulable pods, by pod
 */
public record Schedule(int nodeCount, List<NodeState> nodes, List<SimPod> pods,
    List<Placement> placements, List<Unschedulable> unschedulable, List<SimPod> skipped,
    List<DaemonSetGap> daemonSetGaps, List<Surge> surges, Map<SimPod, String> nodeOf,
    Map<SimPod, Unschedulable> failures) {

  /** A pod bound to a node; {@code preempted} are the pods it evicted to get there. */
  public record Placement(SimPod pod, String node, List<SimPod> preempted) {}

  /** A pod no node fits, with kube-scheduler's FailedScheduling message. */
  public record Unschedulable(SimPod pod, String message) {}

  /**
   * A rolling update with maxUnavailable 0: how many surge pods it may start, and the
   * FailedScheduling message when not even the first fits.
   */
  public record Surge(io.github.kubecheck.model.Resource deployment, int wanted,
      Optional<String> message) {}

  public Schedule {
    nodes = List.copyOf(nodes);
    pods = List.copyOf(pods);
    placements = List.copyOf(placements);
    unschedulable = List.copyOf(unschedulable);
    skipped = List.copyOf(skipped);
    daemonSetGaps = List.copyOf(daemonSetGaps);
    surges = List.copyOf(surges);
    nodeOf = Map.copyOf(nodeOf);
    failures = Map.copyOf(failures);
  }

  /** The node a pod of the input ended on, if it was placed. */
  public Optional<String> node(SimPod pod) {
    return Optional.ofNullable(nodeOf.get(pod));
  }

  public Optional<Unschedulable> failure(SimPod pod) {
    return Optional.ofNullable(failures.get(pod));
  }
}
