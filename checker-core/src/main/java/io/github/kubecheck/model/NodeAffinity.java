package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a pod may and would rather run: its {@code nodeSelector} and its node affinity. The
 * required part holds when the selector matches and any one required term matches (terms are
 * ORed); the preferred terms add their weights in scoring.
 *
 * @param required empty when no required node affinity is set (every node passes it)
 */
public record NodeAffinity(Map<String, String> nodeSelector,
    Optional<List<NodeSelectorTerm>> required, List<Preferred> preferred) {

  /** A preferredDuringScheduling term and its weight (1-100). */
  public record Preferred(int weight, NodeSelectorTerm term) {}

  public static final NodeAffinity NONE = new NodeAffinity(Map.of(), Optional.empty(), List.of());

  public NodeAffinity {
    nodeSelector = Map.copyOf(nodeSelector);
    required = required.map(List::copyOf);
    preferred = List.copyOf(preferred);
  }

  public static NodeAffinity of(MappingNode podSpec) {
    Optional<MappingNode> affinity = podSpec.mapping("affinity")
        .flatMap(a -> a.mapping("nodeAffinity"));
    Optional<List<NodeSelectorTerm>> required = affinity
        .flatMap(a -> a.mapping("requiredDuringSchedulingIgnoredDuringExecution"))
        .map(r -> r.sequence("nodeSelectorTerms").map(s -> s.mappings()
            .map(NodeSelectorTerm::of).toList()).orElse(List.of()));
    List<Preferred> preferred = affinity
        .flatMap(a -> a.sequence("preferredDuringSchedulingIgnoredDuringExecution"))
        .map(s -> s.mappings().map(p -> new Preferred(
            p.get("weight").flatMap(n -> n.asScalar()).flatMap(x -> x.asLong())
                .map(Long::intValue).orElse(0),
            p.mapping("preference").map(NodeSelectorTerm::of)
                .orElse(new NodeSelectorTerm(List.of(), List.of())))).toList())
        .orElse(List.of());
    return new NodeAffinity(podSpec.stringMap("nodeSelector"), required, preferred);
  }

  /** The same affinity, pinned to one node as the DaemonSet controller pins its pods. */
  public NodeAffinity pinnedTo(String nodeName) {
    return new NodeAffinity(nodeSelector, Optional.of(List.of(NodeSelectorTerm.forNodeName(
        nodeName))), preferred);
  }

  /** Whether a node passes the nodeSelector and the required terms. */
  public boolean requiredMatch(String nodeName, Map<String, String> labels) {
    for (Map.Entry<String, String> e : nodeSelector.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    if (required.isEmpty()) {
      return true;
    }
    for (NodeSelectorTerm t : required.get()) {
      if (t.matches(nodeName, labels)) {
        return true;
      }
    }
    return false;
  }

  public int preferredScore(String nodeName, Map<String, String> labels) {
    int sum = 0;
    for (Preferred p : preferred) {
      if (p.term().matches(nodeName, labels)) {
        sum += p.weight();
      }
    }
    return sum;
  }
}
