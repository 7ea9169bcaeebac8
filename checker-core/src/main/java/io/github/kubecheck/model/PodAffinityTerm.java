package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One pod (anti-)affinity term: pods matching {@code labelSelector}, in the namespaces listed
 * or selected (none of either: the pod's own namespace), counted per value of
 * {@code topologyKey}.
 *
 * @param selector empty when labelSelector is absent: such a term matches no pod
 * @param matchLabelKeys label keys whose values, taken from the incoming pod, are added to the
 *     selector as {@code key In (value)}
 */
public record PodAffinityTerm(Optional<LabelSelector> selector, Set<String> namespaces,
    Optional<LabelSelector> namespaceSelector, String topologyKey, List<String> matchLabelKeys,
    List<String> mismatchLabelKeys) {

  public PodAffinityTerm {
    namespaces = Set.copyOf(namespaces);
    matchLabelKeys = List.copyOf(matchLabelKeys);
    mismatchLabelKeys = List.copyOf(mismatchLabelKeys);
  }

  public static PodAffinityTerm of(MappingNode m) {
    return new PodAffinityTerm(m.mapping("labelSelector").map(LabelSelector::of),
        Set.copyOf(m.sequence("namespaces").map(s -> s.texts()).orElse(List.of())),
        m.mapping("namespaceSelector").map(LabelSelector::of),
        m.text("topologyKey").orElse(""),
        m.sequence("matchLabelKeys").map(s -> s.texts()).orElse(List.of()),
        m.sequence("mismatchLabelKeys").map(s -> s.texts()).orElse(List.of()));
  }
}
