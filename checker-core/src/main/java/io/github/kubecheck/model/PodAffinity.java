package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import java.util.List;
import java.util.Optional;

/** A pod's podAffinity and podAntiAffinity, required and preferred. */
public record PodAffinity(List<PodAffinityTerm> requiredAffinity,
    List<PodAffinityTerm> requiredAntiAffinity, List<Weighted> preferredAffinity,
    List<Weighted> preferredAntiAffinity) {

  /** A preferred term and its weight. */
  public record Weighted(int weight, PodAffinityTerm term) {}

  public PodAffinity {
    requiredAffinity = List.copyOf(requiredAffinity);
    requiredAntiAffinity = List.copyOf(requiredAntiAffinity);
    preferredAffinity = List.copyOf(preferredAffinity);
    preferredAntiAffinity = List.copyOf(preferredAntiAffinity);
  }

  public static PodAffinity of(MappingNode podSpec) {
    Optional<MappingNode> affinity = podSpec.mapping("affinity");
    Optional<MappingNode> pa = affinity.flatMap(a -> a.mapping("podAffinity"));
    Optional<MappingNode> anti = affinity.flatMap(a -> a.mapping("podAntiAffinity"));
    return new PodAffinity(required(pa), required(anti), preferred(pa), preferred(anti));
  }

  public boolean isEmpty() {
    return requiredAffinity.isEmpty() && requiredAntiAffinity.isEmpty()
        && preferredAffinity.isEmpty() && preferredAntiAffinity.isEmpty();
  }

  private static List<PodAffinityTerm> required(Optional<MappingNode> m) {
    return m.flatMap(x -> x.sequence("requiredDuringSchedulingIgnoredDuringExecution"))
        .map(s -> s.mappings().map(PodAffinityTerm::of).toList()).orElse(List.of());
  }

  private static List<Weighted> preferred(Optional<MappingNode> m) {
    return m.flatMap(x -> x.sequence("preferredDuringSchedulingIgnoredDuringExecution"))
        .map(s -> s.mappings().map(w -> new Weighted(
            w.get("weight").flatMap(n -> n.asScalar()).flatMap(x -> x.asLong())
                .map(Long::intValue).orElse(0),
            w.mapping("podAffinityTerm").map(PodAffinityTerm::of)
                .orElse(PodAffinityTerm.of(MappingNode.empty(w.span()))))).toList())
        .orElse(List.of());
  }
}
