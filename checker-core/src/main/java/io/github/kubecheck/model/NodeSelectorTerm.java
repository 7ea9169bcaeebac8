package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import java.util.List;
import java.util.Map;

/**
 * A node selector term: all its matchExpressions (over labels) and matchFields (over
 * {@code metadata.name}, the only field the API allows) must hold. A term with neither matches
 * no node.
 */
public record NodeSelectorTerm(List<NodeSelectorRequirement> matchExpressions,
    List<NodeSelectorRequirement> matchFields) {

  public NodeSelectorTerm {
    matchExpressions = List.copyOf(matchExpressions);
    matchFields = List.copyOf(matchFields);
  }

  public static NodeSelectorTerm of(MappingNode m) {
    return new NodeSelectorTerm(NodeSelectorRequirement.listOf(m, "matchExpressions"),
        NodeSelectorRequirement.listOf(m, "matchFields"));
  }

  /** A term that selects exactly one node by name, as the DaemonSet controller writes it. */
  public static NodeSelectorTerm forNodeName(String name) {
    return new NodeSelectorTerm(List.of(), List.of(new NodeSelectorRequirement(
        "metadata.name", "In", List.of(name))));
  }

  public boolean matches(String nodeName, Map<String, String> labels) {
    if (matchExpressions.isEmpty() && matchFields.isEmpty()) {
      return false;
    }
    for (NodeSelectorRequirement r : matchExpressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    for (NodeSelectorRequirement r : matchFields) {
      if (!r.key().equals("metadata.name") || !r.matches(Map.of("metadata.name", nodeName))) {
        return false;
      }
    }
    return true;
  }
}
