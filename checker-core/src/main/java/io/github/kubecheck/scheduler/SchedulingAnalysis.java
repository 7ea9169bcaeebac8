package io.github.kubecheck.scheduler;

import io.github.kubecheck.analysis.Analysis;
import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.model.IntOrString;
import io.github.kubecheck.model.Node;
import io.github.kubecheck.model.PersistentVolume;
import io.github.kubecheck.model.PersistentVolumeClaim;
import io.github.kubecheck.model.PodDisruptionBudget;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.StorageClass;
import io.github.kubecheck.model.Taint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated kube-scheduler run over the cluster: every pod of the input placed or explained,
 * computed once per run.
 */
public final class SchedulingAnalysis implements Analysis<Schedule> {

  public static final SchedulingAnalysis INSTANCE = new SchedulingAnalysis();

  private SchedulingAnalysis() {}

  @Override
  public Schedule compute(Facts facts) {
    return run(facts.cluster(), facts.kubeVersion());
  }

  public static Schedule run(Cluster cluster, String kubeVersion) {
    Wording wording = Wording.of(kubeVersion);
    List<NodeState> nodes = new ArrayList<>();
    for (Resource r : cluster.nodes()) {
      Node n = Node.of(r);
      nodes.add(new NodeState(n, nodes.size(), taints(n)));
    }
    Map<String, PersistentVolumeClaim> claims = new HashMap<>();
    List<PersistentVolume> volumes = new ArrayList<>();
    List<StorageClass> classes = new ArrayList<>();
    Map<String, Map<String, String>> namespaceLabels = new LinkedHashMap<>();
    for (Resource r : cluster.all()) {
      if (PersistentVolumeClaim.isClaim(r)) {
        PersistentVolumeClaim c = PersistentVolumeClaim.of(r);
        claims.put(c.namespace() + "/" + c.name(), c);
      } else if (PersistentVolume.isVolume(r)) {
        volumes.add(PersistentVolume.of(r));
      } else if (StorageClass.isStorageClass(r)) {
        classes.add(StorageClass.of(r));
      } else if (r.is("", "Namespace")) {
        Map<String, String> labels = new LinkedHashMap<>(r.labels());
        labels.put("kubernetes.io/metadata.name", r.name());
        namespaceLabels.put(r.name(), labels);
      }
      if (!r.effectiveNamespace().isEmpty()) {
        namespaceLabels.computeIfAbsent(r.effectiveNamespace(),
            ns -> Map.of("kubernetes.io/metadata.name", ns));
      }
    }
    Expansion expansion = new Expansion(cluster, claims, nodes, wording);
    List<PersistentVolumeClaim> allClaims = new ArrayList<>(claims.values());
    expansion.pods().forEach(p -> allClaims.addAll(p.claims()));
    SchedulingState state = new SchedulingState(nodes,
        new Volumes(volumes, classes, allClaims), namespaceLabels);
    List<PodDisruptionBudget> budgets = cluster.all().stream()
        .filter(PodDisruptionBudget::isPodDisruptionBudget).map(PodDisruptionBudget::of).toList();
    Scheduler scheduler = new Scheduler(state, wording, new Budgets(budgets));

    List<SimPod> queue = new ArrayList<>();
    List<SimPod> skipped = new ArrayList<>();
    List<SimPod> inputPods = new ArrayList<>();
    Map<SimPod, String> direct = new HashMap<>();
    for (SimPod p : expansion.pods()) {
      if (!p.existing()) {
        inputPods.add(p);
      }
      if (!p.nodeName().isEmpty()) {
        NodeState n = state.node(p.nodeName());
        if (n != null) {
          scheduler.bind(p, n, List.of());
        } else if (!p.existing()) {
          direct.put(p, "spec.nodeName names node \"" + p.nodeName()
              + "\", which is not in the cluster: the pod stays Pending");
        }
      } else if (p.existing()) {
        continue;
      } else if (!p.schedulerName().equals("default-scheduler")) {
        skipped.add(p);
      } else {
        queue.add(p);
      }
    }
    scheduler.run(queue);
    List<Schedule.Surge> surges = surges(cluster, expansion, scheduler, state, inputPods);

    List<Schedule.Placement> placements = new ArrayList<>();
    List<Schedule.Unschedulable> unschedulable = new ArrayList<>();
    Map<SimPod, String> nodeOf = new HashMap<>();
    Map<SimPod, Schedule.Unschedulable> failed = new HashMap<>();
    for (SimPod p : inputPods) {
      Schedule.Placement pl = scheduler.placements().get(p);
      if (pl != null) {
        placements.add(pl);
        nodeOf.put(p, pl.node());
      } else if (scheduler.failures().containsKey(p) || direct.containsKey(p)) {
        Schedule.Unschedulable u = new Schedule.Unschedulable(p,
            scheduler.failures().getOrDefault(p, direct.get(p)));
        unschedulable.add(u);
        failed.put(p, u);
      }
    }
    return new Schedule(nodes.size(), nodes, inputPods, placements, unschedulable, skipped,
        expansion.daemonSetGaps(), surges, nodeOf, failed);
  }

  /**
   * The taints a node has, plus those the node lifecycle controller adds for its conditions when
   * the file (hand-written, say) leaves them out.
   */
  static List<Taint> taints(Node n) {
    List<Taint> out = new ArrayList<>(n.taints());
    String ready = n.condition("Ready");
    if (ready.equals("False")) {
      implied(out, "node.kubernetes.io/not-ready", "NoSchedule");
    } else if (ready.equals("Unknown")) {
      implied(out, "node.kubernetes.io/unreachable", "NoSchedule");
    }
    Map<String, String> pressure = Map.of("MemoryPressure", "node.kubernetes.io/memory-pressure",
        "DiskPressure", "node.kubernetes.io/disk-pressure",
        "PIDPressure", "node.kubernetes.io/pid-pressure",
        "NetworkUnavailable", "node.kubernetes.io/network-unavailable");
    pressure.keySet().stream().sorted().forEach(c -> {
      if (n.condition(c).equals("True")) {
        implied(out, pressure.get(c), "NoSchedule");
      }
    });
    return out;
  }

  private static void implied(List<Taint> taints, String key, String effect) {
    if (taints.stream().noneMatch(t -> t.key().equals(key) && t.effect().equals(effect))) {
      taints.add(new Taint(key, "", effect, null));
    }
  }

  /**
   * For each Deployment of the input whose rolling update may not take pods down
   * (maxUnavailable 0) and so relies on its surge (maxSurge, default 25% rounded up): whether a
   * first surge pod fits on the cluster as scheduled (it is taken away again).
   */
  private static List<Schedule.Surge> surges(Cluster cluster, Expansion expansion,
      Scheduler scheduler, SchedulingState state, List<SimPod> inputPods) {
    List<Schedule.Surge> out = new ArrayList<>();
    Map<String, List<SimPod>> byWorkload = new HashMap<>();
    for (SimPod p : inputPods) {
      byWorkload.computeIfAbsent(p.workloadKey(), k -> new ArrayList<>()).add(p);
    }
    for (Resource d : cluster.input()) {
      if (!d.is("apps", "Deployment")) {
        continue;
      }
      var strategy = d.spec().mapping("strategy");
      if (strategy.flatMap(s -> s.text("type")).orElse("RollingUpdate").equals("Recreate")) {
        continue;
      }
      List<SimPod> own = byWorkload.getOrDefault(
          d.effectiveNamespace() + "/" + d.kind() + "/" + d.name(), List.of());
      Optional<SimPod> like = own.stream().filter(p -> p.workload() == d).findFirst();
      if (like.isEmpty() || !like.get().schedulerName().equals("default-scheduler")) {
        continue;
      }
      int replicas = own.size();
      int surge = strategy.flatMap(s -> s.mapping("rollingUpdate"))
          .flatMap(r -> r.get("maxSurge")).flatMap(IntOrString::of)
          .orElse(new IntOrString(Optional.empty(), "25%")).scaled(replicas, true).orElse(0);
      int unavailable = strategy.flatMap(s -> s.mapping("rollingUpdate"))
          .flatMap(r -> r.get("maxUnavailable")).flatMap(IntOrString::of)
          .orElse(new IntOrString(Optional.empty(), "25%")).scaled(replicas, false).orElse(0);
      if (surge <= 0 || unavailable > 0) {
        continue;
      }
      // With maxUnavailable 0 the rollout moves only through surge pods: it stalls when not
      // even the first one fits.
      SimPod first = expansion.surgePods(like.get(), 1).get(0);
      Optional<String> message = Optional.empty();
      if (scheduler.scheduleOne(first, false).isPresent()) {
        scheduler.unbind(first);
      } else {
        message = Optional.of(scheduler.failures().remove(first));
      }
      out.add(new Schedule.Surge(d, surge, message));
    }
    return out;
  }
}
