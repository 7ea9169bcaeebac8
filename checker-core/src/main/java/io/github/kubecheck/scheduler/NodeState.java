package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.Node;
import io.github.kubecheck.model.Quantity;
import io.github.kubecheck.model.Taint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node during the simulation: its fixed facts, computed once (allocatable in scheduler units,
 * the taints that filter and those that only score), and what the pods bound so far use, kept up
 * to date on every bind.
 */
public final class NodeState {

  private final Node node;
  private final int index;
  private final ResourceList allocatable;
  private final int allowedPods;
  private final List<Taint> filterTaints;
  private final List<Taint> preferTaints;
  private long milliCpu;
  private long memory;
  private long ephemeralStorage;
  private final Map<String, Long> scalars = new TreeMap<>();
  private long scoreMilliCpu;
  private long scoreMemory;
  private final List<SimPod> pods = new ArrayList<>();
  private final List<HostPort> hostPorts = new ArrayList<>();

  NodeState(Node node, int index, List<Taint> taints) {
    this.node = node;
    this.index = index;
    this.allocatable = ResourceList.of(node.allocatable());
    Quantity pods = node.allocatable().get("pods");
    this.allowedPods = pods == null ? 0 : (int) Math.min(Integer.MAX_VALUE, pods.longValue());
    this.filterTaints = taints.stream().filter(Taint::blocksScheduling).toList();
    this.preferTaints = taints.stream().filter(t -> t.effect().equals("PreferNoSchedule"))
        .toList();
  }

  public Node node() {
    return node;
  }

  public String name() {
    return node.name();
  }

  int index() {
    return index;
  }

  public ResourceList allocatable() {
    return allocatable;
  }

  public int allowedPods() {
    return allowedPods;
  }

  /** NoSchedule and NoExecute taints, including those the node's conditions imply. */
  public List<Taint> filterTaints() {
    return filterTaints;
  }

  List<Taint> preferTaints() {
    return preferTaints;
  }

  /** What the pods bound here request, in total. */
  public ResourceList requested() {
    return new ResourceList(milliCpu, memory, ephemeralStorage, scalars);
  }

  long milliCpu() {
    return milliCpu;
  }

  long memory() {
    return memory;
  }

  long ephemeralStorage() {
    return ephemeralStorage;
  }

  long scalar(String name) {
    return scalars.getOrDefault(name, 0L);
  }

  long scoreMilliCpu() {
    return scoreMilliCpu;
  }

  long scoreMemory() {
    return scoreMemory;
  }

  public List<SimPod> pods() {
    return Collections.unmodifiableList(pods);
  }

  public int podCount() {
    return pods.size();
  }

  List<HostPort> hostPorts() {
    return hostPorts;
  }

  void add(SimPod p) {
    pods.add(p);
    change(p, 1);
    hostPorts.addAll(p.hostPorts());
  }

  void remove(SimPod p) {
    pods.remove(p);
    change(p, -1);
    for (HostPort hp : p.hostPorts()) {
      hostPorts.remove(hp);
    }
  }

  private void change(SimPod p, int sign) {
    ResourceList r = p.requests();
    milliCpu += sign * r.milliCpu();
    memory += sign * r.memory();
    ephemeralStorage += sign * r.ephemeralStorage();
    r.scalars().forEach((k, v) -> scalars.merge(k, sign * v, Long::sum));
    scoreMilliCpu += sign * p.scoringRequests().milliCpu();
    scoreMemory += sign * p.scoringRequests().memory();
  }
}
