package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code topologySpreadConstraints}, with the API's defaults: minDomains 1,
 * nodeAffinityPolicy Honor, nodeTaintsPolicy Ignore.
 *
 * @param index its position in the list, for locating it
 * @param selector empty when labelSelector is absent: the constraint then counts no pods
 */
public record TopologySpreadConstraint(int index, int maxSkew, String topologyKey,
    String whenUnsatisfiable, Optional<LabelSelector> selector, int minDomains,
    String nodeAffinityPolicy, String nodeTaintsPolicy, List<String> matchLabelKeys) {

  public TopologySpreadConstraint {
    matchLabelKeys = List.copyOf(matchLabelKeys);
  }

  public static List<TopologySpreadConstraint> listOf(MappingNode podSpec) {
    List<TopologySpreadConstraint> out = new ArrayList<>();
    podSpec.sequence("topologySpreadConstraints").ifPresent(s -> {
      List<MappingNode> items = s.mappings().toList();
      for (int i = 0; i < items.size(); i++) {
        MappingNode m = items.get(i);
        out.add(new TopologySpreadConstraint(i, number(m, "maxSkew", 1),
            m.text("topologyKey").orElse(""),
            m.text("whenUnsatisfiable").orElse("DoNotSchedule"),
            m.mapping("labelSelector").map(LabelSelector::of), number(m, "minDomains", 1),
            m.text("nodeAffinityPolicy").orElse("Honor"),
            m.text("nodeTaintsPolicy").orElse("Ignore"),
            m.sequence("matchLabelKeys").map(x -> x.texts()).orElse(List.of())));
      }
    });
    return out;
  }

  public boolean isHard() {
    return whenUnsatisfiable.equals("DoNotSchedule");
  }

  private static int number(MappingNode m, String key, int dflt) {
    return m.get(key).flatMap(n -> n.asScalar()).flatMap(x -> x.asLong()).map(Long::intValue)
        .orElse(dflt);
  }
}
