package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.yaml.MappingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * check_seLinuxOptions.go: the SELinux type must be one of the container types, and user and
 * role must not be set, at pod and container level.
 */
final class SeLinux {

  static final Set<String> TYPES_1_0 = Set.of("", "container_t", "container_init_t",
      "container_kvm_t");
  static final Set<String> TYPES_1_31 = Set.of("", "container_t", "container_init_t",
      "container_kvm_t", "container_engine_t");

  private SeLinux() {}

  static List<Offence> evaluate(Pod pod, Set<String> types) {
    List<Offence> out = new ArrayList<>();
    check(pod.podContext("seLinuxOptions"), types, "pod",
        rel -> pod.inSpec("securityContext.seLinuxOptions." + rel), out);
    for (Container c : pod.containers()) {
      check(Pod.mapping(c.securityContext(), "seLinuxOptions"), types, c.describe(),
          rel -> c.locate("securityContext.seLinuxOptions." + rel), out);
    }
    return out;
  }

  private static void check(Optional<MappingNode> options, Set<String> types, String who,
      Function<String, Location> locate, List<Offence> out) {
    String type = Pod.text(options, "type").orElse("");
    if (!types.contains(type)) {
      List<String> allowed = new ArrayList<>(new TreeSet<>(types));
      allowed.remove("");
      out.add(new Offence(locate.apply("type"), who + " must not set "
          + "securityContext.seLinuxOptions.type to " + Texts.quoted(type) + " (allowed: "
          + Texts.quoted(allowed) + " or unset)"));
    }
    for (String field : List.of("user", "role")) {
      String value = Pod.text(options, field).orElse("");
      if (!value.isEmpty()) {
        out.add(new Offence(locate.apply(field), who + " must not set securityContext."
            + "seLinuxOptions." + field + " (" + Texts.quoted(value) + "); leave it unset"));
      }
    }
  }
}
