package io.github.kubecheck.scheduler;

import io.github.kubecheck.cluster.ClusterLoader;
import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A scheduling run of a few manifests on a cluster (the default one unless given). */
final class Sim {

  final Schedule schedule;

  private Sim(Schedule schedule) {
    this.schedule = schedule;
  }

  static Sim of(String input) {
    return run(Optional.empty(), input, "1.34");
  }

  static Sim on(String cluster, String input) {
    return run(Optional.of(cluster), input, "1.34");
  }

  static Sim run(Optional<String> cluster, String input, String version) {
    Optional<Manifests> c = cluster.map(y -> manifests("cluster.yaml", y));
    return new Sim(SchedulingAnalysis.run(
        ClusterLoader.assemble(c, manifests("input.yaml", input)), version));
  }

  private static Manifests manifests(String name, String yaml) {
    return new Manifests(List.of(new YamlReader(YamlLimits.DEFAULT)
        .read(name, yaml.getBytes(StandardCharsets.UTF_8))), List.of());
  }

  /** Pod name to node, for the placed pods. */
  Map<String, String> placements() {
    Map<String, String> out = new TreeMap<>();
    schedule.placements().forEach(p -> out.put(p.pod().name(), p.node()));
    return out;
  }

  String node(String pod) {
    return placements().get(pod);
  }

  /** The FailedScheduling message of an unschedulable pod. */
  String message(String pod) {
    return schedule.unschedulable().stream().filter(u -> u.pod().name().equals(pod))
        .map(Schedule.Unschedulable::message).findFirst().orElse("(placed on " + node(pod) + ")");
  }

  /** A node of the hand-written clusters: name, cpu, memory, labels k=v,..., taints k=v:E,... */
  static String node(String name, String cpu, String memory, String labels, String taints) {
    StringBuilder y = new StringBuilder("- apiVersion: v1\n  kind: Node\n  metadata:\n    name: "
        + name + "\n    labels:\n      kubernetes.io/hostname: " + name + "\n");
    if (!labels.isEmpty()) {
      for (String kv : labels.split(",")) {
        String[] p = kv.split("=", 2);
        y.append("      ").append(p[0]).append(": \"").append(p[1]).append("\"\n");
      }
    }
    y.append("  spec:\n");
    if (!taints.isEmpty()) {
      y.append("    taints:\n");
      for (String t : taints.split(",")) {
        String[] ke = t.split(":");
        String[] kv = ke[0].split("=", 2);
        y.append("    - key: ").append(kv[0]).append("\n");
        if (kv.length > 1) {
          y.append("      value: ").append(kv[1]).append("\n");
        }
        y.append("      effect: ").append(ke[1]).append("\n");
      }
    }
    y.append("  status:\n    allocatable: {cpu: \"").append(cpu).append("\", memory: ")
        .append(memory).append(", pods: \"110\"}\n");
    return y.toString();
  }

  static String cluster(String... nodes) {
    return "apiVersion: v1\nkind: List\nitems:\n" + String.join("", nodes);
  }

  /** A Deployment with one container requesting cpu and memory, and extra pod spec lines. */
  static String deployment(String name, int replicas, String cpu, String memory,
      String podSpec) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name
        + "\n  namespace: shop\nspec:\n  replicas: " + replicas
        + "\n  selector:\n    matchLabels: {app: " + name + "}\n  template:\n"
        + "    metadata:\n      labels: {app: " + name + "}\n    spec:\n"
        + indent(podSpec, "      ")
        + "      containers:\n      - name: main\n        image: example/" + name + ":1\n"
        + "        resources:\n          requests: {cpu: \"" + cpu + "\", memory: " + memory
        + "}\n";
  }

  static String indent(String text, String by) {
    if (text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      out.append(by).append(line).append("\n");
    }
    return out.toString();
  }
}
