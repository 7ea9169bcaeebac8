package io.github.kubecheck.scheduler;

import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.ContainerPort;
import io.github.kubecheck.model.LimitRange;
import io.github.kubecheck.model.NodeAffinity;
import io.github.kubecheck.model.PersistentVolumeClaim;
import io.github.kubecheck.model.PodAffinity;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.PriorityClass;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Taint;
import io.github.kubecheck.model.Toleration;
import io.github.kubecheck.model.TopologySpreadConstraint;
import io.github.kubecheck.model.Workloads;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns workloads into the pods their controllers would create: replicas of Deployments,
 * ReplicaSets and ReplicationControllers, StatefulSet ordinals with their claims, one DaemonSet
 * pod per eligible node (with the tolerations the DaemonSet controller adds), a Job's parallel
 * pods, one run of a CronJob's Job, bare Pods; plus the pods already running in the cluster
 * (existing Pods with a nodeName that have not finished).
 */
final class Expansion {

  /** Tolerations the DefaultTolerationSeconds admission plugin gives every pod. */
  private static final List<Toleration> ADMISSION = List.of(
      new Toleration("node.kubernetes.io/not-ready", "Exists", "", "NoExecute"),
      new Toleration("node.kubernetes.io/unreachable", "Exists", "", "NoExecute"));

  /** Tolerations the DaemonSet controller adds to its pods. */
  private static final List<Toleration> DAEMON = List.of(
      new Toleration("node.kubernetes.io/not-ready", "Exists", "", "NoExecute"),
      new Toleration("node.kubernetes.io/unreachable", "Exists", "", "NoExecute"),
      new Toleration("node.kubernetes.io/disk-pressure", "Exists", "", "NoSchedule"),
      new Toleration("node.kubernetes.io/memory-pressure", "Exists", "", "NoSchedule"),
      new Toleration("node.kubernetes.io/pid-pressure", "Exists", "", "NoSchedule"),
      new Toleration("node.kubernetes.io/unschedulable", "Exists", "", "NoSchedule"));

  private static final Toleration NETWORK_UNAVAILABLE = new Toleration(
      "node.kubernetes.io/network-unavailable", "Exists", "", "NoSchedule");

  /**
   * The most pods one workload makes in the simulation: a replica count written by mistake
   * (100000000) must not exhaust memory; kube-scheduler would be swamped by it too.
   */
  static final int MAX_PODS_PER_WORKLOAD = 100_000;

  private static final Map<String, Integer> SYSTEM_PRIORITIES = Map.of(
      "system-node-critical", 2000001000, "system-cluster-critical", 2000000000);

  private final Map<String, PriorityClass> priorityClasses = new HashMap<>();
  private final Optional<PriorityClass> globalDefault;
  private final Map<String, List<LimitRange>> limitRanges = new HashMap<>();
  private final Map<String, PersistentVolumeClaim> claims;
  private final List<NodeState> nodes;
  private final Wording wording;
  private final List<SimPod> pods = new ArrayList<>();
  private final List<DaemonSetGap> gaps = new ArrayList<>();

  Expansion(Cluster cluster, Map<String, PersistentVolumeClaim> claims, List<NodeState> nodes,
      Wording wording) {
    this.claims = claims;
    this.nodes = nodes;
    this.wording = wording;
    for (Resource r : cluster.all()) {
      if (PriorityClass.isPriorityClass(r)) {
        priorityClasses.put(r.name(), PriorityClass.of(r));
      } else if (LimitRange.isLimitRange(r)) {
        limitRanges.computeIfAbsent(r.effectiveNamespace(), k -> new ArrayList<>())
            .add(LimitRange.of(r));
      }
    }
    globalDefault = priorityClasses.values().stream().filter(PriorityClass::globalDefault)
        .sorted((a, b) -> a.name().compareTo(b.name())).findFirst();
    java.util.Set<String> inputWorkloads = new java.util.HashSet<>();
    for (Resource r : cluster.input()) {
      if (Workloads.createsPods(r)) {
        inputWorkloads.add(r.effectiveNamespace() + "/" + r.kind() + "/" + r.name());
      }
    }
    for (Resource r : cluster.existing()) {
      if (r.is("", "Pod") && isRunning(r)
          && !controller(r).map(inputWorkloads::contains).orElse(false)) {
        Workloads.podTemplate(r).ifPresent(t -> pods.add(pod(t, r.name(), t.labels(),
            List.of(), Optional.empty(), true)));
      }
    }
    for (Resource r : cluster.input()) {
      if (Workloads.createsPods(r) && !r.kind().equals("PodTemplate") && !isControlled(r)) {
        Workloads.podTemplate(r).ifPresent(this::expand);
      }
    }
  }

  List<SimPod> pods() {
    return pods;
  }

  /** Extra pods of a Deployment's template, as a rolling update surges them. */
  List<SimPod> surgePods(SimPod like, int count) {
    List<SimPod> out = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>(like.labels());
    labels.put("pod-template-hash", templateHash(like.workload()) + "-next");
    for (int i = 0; i < count; i++) {
      out.add(pod(like.template(), like.workload().name() + "-surge-" + i, labels, List.of(),
          Optional.empty(), false));
    }
    return out;
  }

  List<DaemonSetGap> daemonSetGaps() {
    return gaps;
  }

  private static boolean isRunning(Resource r) {
    String phase = r.node().mapping("status").flatMap(s -> s.text("phase")).orElse("");
    return !r.spec().text("nodeName").orElse("").isEmpty() && !phase.equals("Succeeded")
        && !phase.equals("Failed");
  }

  /**
   * {@code namespace/Kind/name} of the workload that made a running pod, from its controller
   * reference; a ReplicaSet named {@code DEPLOYMENT-HASH} with the pod's pod-template-hash stands
   * for its Deployment. A pod whose workload the input applies again is replaced by the input's
   * pods, so it does not count.
   */
  private static Optional<String> controller(Resource pod) {
    return pod.metadata().sequence("ownerReferences").flatMap(s -> s.mappings()
        .filter(o -> o.bool("controller").orElse(false)).findFirst()).map(o -> {
          String kind = o.text("kind").orElse("");
          String name = o.text("name").orElse("");
          String hash = pod.labels().getOrDefault("pod-template-hash", "");
          if (kind.equals("ReplicaSet") && !hash.isEmpty() && name.endsWith("-" + hash)) {
            kind = "Deployment";
            name = name.substring(0, name.length() - hash.length() - 1);
          }
          return pod.effectiveNamespace() + "/" + kind + "/" + name;
        });
  }

  private static boolean isControlled(Resource r) {
    return r.metadata().sequence("ownerReferences").map(s -> s.mappings()
        .anyMatch(o -> o.bool("controller").orElse(false))).orElse(false);
  }

  private void expand(PodTemplate t) {
    Resource r = t.owner();
    String name = r.name();
    switch (r.kind()) {
      case "Pod" -> pods.add(pod(t, name, t.labels(), List.of(), Optional.empty(), false));
      case "Deployment", "ReplicaSet", "ReplicationController" -> {
        int n = Math.min(MAX_PODS_PER_WORKLOAD, Workloads.replicas(r).orElse(1));
        Map<String, String> labels = new LinkedHashMap<>(t.labels());
        if (r.kind().equals("Deployment")) {
          labels.put("pod-template-hash", templateHash(r));
        }
        for (int i = 0; i < n; i++) {
          pods.add(pod(t, name + "-" + i, labels, List.of(), Optional.empty(), false));
        }
      }
      case "StatefulSet" -> {
        int n = Math.min(MAX_PODS_PER_WORKLOAD, Workloads.replicas(r).orElse(1));
        List<MappingNode> templates = r.spec().sequence("volumeClaimTemplates")
            .map(s -> s.mappings().toList()).orElse(List.of());
        for (int i = 0; i < n; i++) {
          String podName = name + "-" + i;
          Map<String, String> labels = new LinkedHashMap<>(t.labels());
          labels.put("statefulset.kubernetes.io/pod-name", podName);
          labels.put("apps.kubernetes.io/pod-index", Integer.toString(i));
          List<PersistentVolumeClaim> own = new ArrayList<>();
          for (MappingNode vct : templates) {
            String claim = vct.mapping("metadata").flatMap(m -> m.text("name")).orElse("")
                + "-" + podName;
            own.add(claims.getOrDefault(t.namespace() + "/" + claim,
                PersistentVolumeClaim.fromSpec(t.namespace(), claim,
                    vct.mapping("spec").orElse(MappingNode.empty(vct.span())))));
          }
          pods.add(pod(t, podName, labels, own, Optional.empty(), false));
        }
      }
      case "DaemonSet" -> daemonPods(t);
      case "Job" -> jobPods(t, r.spec(), name);
      case "CronJob" -> {
        MappingNode jobSpec = r.spec().mapping("jobTemplate").flatMap(j -> j.mapping("spec"))
            .orElse(MappingNode.empty(r.span()));
        if (!r.spec().bool("suspend").orElse(false)) {
          jobPods(t, jobSpec, name);
        }
      }
      default -> { }
    }
  }

  private void jobPods(PodTemplate t, MappingNode jobSpec, String name) {
    if (jobSpec.bool("suspend").orElse(false)) {
      return;
    }
    int parallelism = number(jobSpec, "parallelism").orElse(1);
    int n = Math.min(MAX_PODS_PER_WORKLOAD,
        number(jobSpec, "completions").map(c -> Math.min(c, parallelism)).orElse(parallelism));
    Map<String, String> labels = new LinkedHashMap<>(t.labels());
    labels.put("batch.kubernetes.io/job-name", name);
    labels.put("job-name", name);
    for (int i = 0; i < n; i++) {
      pods.add(pod(t, name + "-" + i, labels, List.of(), Optional.empty(), false));
    }
  }

  /**
   * The DaemonSet controller creates a pod for each node whose labels its node affinity matches
   * and whose NoSchedule and NoExecute taints it tolerates (with the tolerations it adds), pinned
   * to that node by a matchFields term; the scheduler then checks the rest (resources, ports).
   */
  private void daemonPods(PodTemplate t) {
    List<Toleration> tolerations = new ArrayList<>(Toleration.listOf(t.spec()));
    tolerations.addAll(DAEMON);
    if (t.spec().bool("hostNetwork").orElse(false)) {
      tolerations.add(NETWORK_UNAVAILABLE);
    }
    NodeAffinity affinity = NodeAffinity.of(t.spec());
    int i = 0;
    for (NodeState n : nodes) {
      if (!affinity.requiredMatch(n.name(), n.node().labels())) {
        gaps.add(new DaemonSetGap(t.owner(), n.name(), Reasons.NODE_AFFINITY,
            Optional.empty()));
        continue;
      }
      Optional<Taint> untolerated = n.filterTaints().stream()
          .filter(x -> !Toleration.anyTolerates(tolerations, x)).findFirst();
      if (untolerated.isPresent()) {
        gaps.add(new DaemonSetGap(t.owner(), n.name(),
            wording.untoleratedTaint(untolerated.get()),
            Optional.of(untolerated.get().key())));
        continue;
      }
      pods.add(pod(t, t.owner().name() + "-" + i++, t.labels(), List.of(),
          Optional.of(new Pinned(n.name(), tolerations)), false));
    }
  }

  private record Pinned(String node, List<Toleration> tolerations) {}

  private SimPod pod(PodTemplate t, String name, Map<String, String> labels,
      List<PersistentVolumeClaim> templateClaims, Optional<Pinned> pinned, boolean existing) {
    MappingNode spec = t.spec();
    String ns = t.namespace();
    List<LimitRange> ranges = limitRanges.getOrDefault(ns, List.of());
    String className = spec.text("priorityClassName").orElse("");
    Optional<PriorityClass> pc = className.isEmpty() ? globalDefault
        : Optional.ofNullable(priorityClasses.get(className));
    int priority = SYSTEM_PRIORITIES.containsKey(className) ? SYSTEM_PRIORITIES.get(className)
        : pc.map(PriorityClass::value).orElse(0);
    String policy = spec.text("preemptionPolicy")
        .orElse(pc.map(PriorityClass::preemptionPolicy).orElse("PreemptLowerPriority"));
    List<Toleration> tolerations = new ArrayList<>(pinned.map(Pinned::tolerations)
        .orElse(Toleration.listOf(spec)));
    if (pinned.isEmpty()) {
      tolerations.addAll(ADMISSION);
    }
    NodeAffinity affinity = NodeAffinity.of(spec);
    if (pinned.isPresent()) {
      affinity = affinity.pinnedTo(pinned.get().node());
    }
    List<PersistentVolumeClaim> podClaims = new ArrayList<>(templateClaims);
    List<String> missing = new ArrayList<>();
    for (MappingNode v : t.volumes()) {
      Optional<String> claim = v.mapping("persistentVolumeClaim").flatMap(c -> c.text(
          "claimName"));
      if (claim.isPresent()) {
        PersistentVolumeClaim c = claims.get(ns + "/" + claim.get());
        if (c == null) {
          missing.add(claim.get());
        } else {
          podClaims.add(c);
        }
      }
      Optional<MappingNode> ephemeral = v.mapping("ephemeral")
          .flatMap(e -> e.mapping("volumeClaimTemplate")).flatMap(e -> e.mapping("spec"));
      if (ephemeral.isPresent()) {
        podClaims.add(PersistentVolumeClaim.fromSpec(ns,
            name + "-" + v.text("name").orElse(""), ephemeral.get()));
      }
    }
    String nodeName = spec.text("nodeName").orElse("");
    return new SimPod(pods.size(), ns, name, t.owner(),
        ns + "/" + t.owner().kind() + "/" + t.owner().name(), t, labels, priority,
        policy.equals("Never"), PodRequests.of(t, ranges), PodRequests.forScoring(t, ranges),
        PodRequests.limits(t, ranges),
        tolerations, affinity, PodAffinity.of(spec), TopologySpreadConstraint.listOf(spec),
        hostPorts(t), podClaims, missing, nodeName,
        spec.text("schedulerName").orElse("default-scheduler"), existing);
  }

  /** Host ports of the long-running containers; with hostNetwork they default to the port. */
  private static List<HostPort> hostPorts(PodTemplate t) {
    boolean hostNetwork = t.spec().bool("hostNetwork").orElse(false);
    List<HostPort> out = new ArrayList<>();
    for (Container c : t.containers()) {
      if (!c.kind().longRunning()) {
        continue;
      }
      for (ContainerPort p : c.declaredPorts()) {
        Optional<Integer> host = hostNetwork && p.hostPort().isEmpty()
            ? Optional.of(p.containerPort()) : p.hostPort();
        host.ifPresent(h -> out.add(new HostPort(p.protocol(),
            p.hostIP().isEmpty() ? "0.0.0.0" : p.hostIP(), h)));
      }
    }
    return out;
  }

  /** A stable stand-in for the hash the Deployment controller puts in pod-template-hash. */
  private static String templateHash(Resource r) {
    return Integer.toHexString((r.effectiveNamespace() + "/" + r.name()).hashCode() & 0xfffffff);
  }

  private static Optional<Integer> number(MappingNode m, String key) {
    return m.get(key).flatMap(Node::asScalar).flatMap(s -> s.asLong()).map(Long::intValue);
  }
}
