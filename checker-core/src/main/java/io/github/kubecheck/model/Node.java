package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster node as the scheduler sees it: labels, taints, whether it is cordoned, what it has
 * (capacity) and what pods may use (allocatable, which defaults to capacity), and its conditions
 * by type ({@code Ready: "True"}).
 */
public record Node(Resource resource, String name, Map<String, String> labels,
    Map<String, Quantity> capacity, Map<String, Quantity> allocatable, List<Taint> taints,
    boolean unschedulable, Map<String, String> conditions) {

  public Node {
    labels = Map.copyOf(labels);
    capacity = Map.copyOf(capacity);
    allocatable = Map.copyOf(allocatable);
    taints = List.copyOf(taints);
    conditions = Map.copyOf(conditions);
  }

  public static boolean isNode(Resource r) {
    return r.is("", "Node");
  }

  public static Node of(Resource r) {
    MappingNode status = r.node().mapping("status").orElse(MappingNode.empty(r.span()));
    Map<String, Quantity> capacity = quantities(status, "capacity");
    Map<String, Quantity> allocatable = new LinkedHashMap<>(capacity);
    allocatable.putAll(quantities(status, "allocatable"));
    Map<String, String> conditions = new LinkedHashMap<>();
    status.sequence("conditions").ifPresent(s -> s.mappings().forEach(c ->
        conditions.put(c.text("type").orElse(""), c.text("status").orElse(""))));
    return new Node(r, r.name(), r.labels(), capacity, allocatable, Taint.listOf(r.spec()),
        r.spec().bool("unschedulable").orElse(false), conditions);
  }

  private static Map<String, Quantity> quantities(MappingNode status, String key) {
    Map<String, Quantity> out = new LinkedHashMap<>();
    status.stringMap(key).forEach((k, v) -> Quantity.parse(v).ifPresent(q -> out.put(k, q)));
    return out;
  }

  /**
   * The capacity and allocatable values of a Node object that are not quantities, each as
   * {@code FILE:LINE:COL: Node NAME: status.allocatable.cpu "lots" is not a quantity}: the view
   * leaves them out (an allocatable falls back to the capacity, else the node has none).
   */
  public static List<String> unreadableQuantities(Resource r) {
    List<String> out = new ArrayList<>();
    MappingNode status = r.node().mapping("status").orElse(MappingNode.empty(r.span()));
    for (String key : List.of("capacity", "allocatable")) {
      status.stringMap(key).forEach((k, v) -> {
        if (Quantity.parse(v).isEmpty()) {
          String path = "status." + key + "." + k;
          out.add(r.locate(path).span() + ": Node " + r.name() + ": " + path + " \"" + v
              + "\" is not a quantity; it is left out");
        }
      });
    }
    return out;
  }

  /** A condition's status: {@code True}, {@code False}, {@code Unknown}, or empty when absent. */
  public String condition(String type) {
    return conditions.getOrDefault(type, "");
  }
}
