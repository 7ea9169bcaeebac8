package io.github.kubecheck.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PersistentVolume: its class, the claim it is bound to ({@code spec.claimRef}), its node
 * affinity (the nodes that can reach it) and its zone labels.
 */
public record PersistentVolume(String name, String storageClassName, String claimNamespace,
    String claimName, Optional<List<NodeSelectorTerm>> nodeAffinity,
    Map<String, String> labels) {

  public static boolean isVolume(Resource r) {
    return r.is("", "PersistentVolume");
  }

  public static PersistentVolume of(Resource r) {
    var spec = r.spec();
    Optional<List<NodeSelectorTerm>> affinity = spec.mapping("nodeAffinity")
        .flatMap(a -> a.mapping("required"))
        .map(q -> q.sequence("nodeSelectorTerms").map(s -> s.mappings()
            .map(NodeSelectorTerm::of).toList()).orElse(List.of()));
    var claim = spec.mapping("claimRef");
    return new PersistentVolume(r.name(), spec.text("storageClassName").orElse(""),
        claim.flatMap(c -> c.text("namespace")).orElse(""),
        claim.flatMap(c -> c.text("name")).orElse(""), affinity, r.labels());
  }

  /** Whether a node can use it: every node when it has no node affinity, else any term. */
  public boolean reachableFrom(String nodeName, Map<String, String> nodeLabels) {
    return nodeAffinity.map(terms -> terms.stream()
        .anyMatch(t -> t.matches(nodeName, nodeLabels))).orElse(true);
  }
}
