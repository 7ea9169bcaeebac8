package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import java.util.List;
import java.util.Map;

/**
 * One expression of a node selector term: In, NotIn, Exists, DoesNotExist, Gt, Lt over a label
 * (or, in matchFields, over {@code metadata.name}).
 */
public record NodeSelectorRequirement(String key, String operator, List<String> values) {

  public NodeSelectorRequirement {
    values = List.copyOf(values);
  }

  static List<NodeSelectorRequirement> listOf(MappingNode term, String field) {
    return term.sequence(field).map(s -> s.mappings().map(e -> new NodeSelectorRequirement(
        e.text("key").orElse(""), e.text("operator").orElse(""),
        e.sequence("values").map(v -> v.texts()).orElse(List.of()))).toList())
        .orElse(List.of());
  }

  public boolean matches(Map<String, String> labels) {
    String v = labels.get(key);
    return switch (operator) {
      case "In" -> v != null && values.contains(v);
      case "NotIn" -> v == null || !values.contains(v);
      case "Exists" -> v != null;
      case "DoesNotExist" -> v == null;
      case "Gt", "Lt" -> v != null && values.size() == 1 && compare(v, values.get(0));
      default -> false;
    };
  }

  private boolean compare(String label, String bound) {
    try {
      long l = Long.parseLong(label);
      long b = Long.parseLong(bound);
      return operator.equals("Gt") ? l > b : l < b;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
