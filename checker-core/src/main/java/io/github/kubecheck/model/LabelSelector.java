package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A label selector: {@code matchLabels} and {@code matchExpressions} (In, NotIn, Exists,
 * DoesNotExist), all of which must hold. An empty selector matches everything.
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {

  /** One expression of a selector. */
  public record Requirement(String key, String operator, Set<String> values) {

    public boolean matches(Map<String, String> labels) {
      return switch (operator) {
        case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
        case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
        case "Exists" -> labels.containsKey(key);
        case "DoesNotExist" -> !labels.containsKey(key);
        default -> false;
      };
    }
  }

  public static final LabelSelector EVERYTHING = new LabelSelector(Map.of(), List.of());

  public LabelSelector {
    matchLabels = Map.copyOf(matchLabels);
    matchExpressions = List.copyOf(matchExpressions);
  }

  /** A selector of the metav1.LabelSelector form. */
  public static LabelSelector of(MappingNode node) {
    List<Requirement> expressions = node.sequence("matchExpressions")
        .map(s -> s.mappings().map(e -> new Requirement(
            e.text("key").orElse(""),
            e.text("operator").orElse(""),
            Set.copyOf(e.sequence("values").map(v -> v.texts()).orElse(List.of()))))
            .toList())
        .orElse(List.of());
    return new LabelSelector(node.stringMap("matchLabels"), expressions);
  }

  /** A plain map selector, as Services and ReplicationControllers have. */
  public static LabelSelector ofMap(Map<String, String> labels) {
    return new LabelSelector(labels, List.of());
  }

  public boolean isEmpty() {
    return matchLabels.isEmpty() && matchExpressions.isEmpty();
  }

  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (Requirement r : matchExpressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }
}
