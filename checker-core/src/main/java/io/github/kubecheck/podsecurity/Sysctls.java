package io.github.kubecheck.podsecurity;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** check_sysctls.go: only the namespaced, isolated sysctls, a list that grows by version. */
final class Sysctls {

  static final Set<String> ALLOWED_1_0 = Set.of("kernel.shm_rmid_forced",
      "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
      "net.ipv4.ip_unprivileged_port_start");
  static final Set<String> ALLOWED_1_27 = plus(ALLOWED_1_0, "net.ipv4.ip_local_reserved_ports");
  static final Set<String> ALLOWED_1_29 = plus(ALLOWED_1_27, "net.ipv4.tcp_keepalive_time",
      "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
      "net.ipv4.tcp_keepalive_probes");
  static final Set<String> ALLOWED_1_32 = plus(ALLOWED_1_29, "net.ipv4.tcp_rmem",
      "net.ipv4.tcp_wmem");

  private Sysctls() {}

  static List<Offence> evaluate(Pod pod, Set<String> allowed) {
    List<Offence> out = new ArrayList<>();
    pod.securityContext().flatMap(sc -> sc.sequence("sysctls")).ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        Optional<MappingNode> sysctl = s.get(i).flatMap(Node::asMapping);
        String name = Pod.text(sysctl, "name").orElse("");
        if (sysctl.isPresent() && !allowed.contains(name)) {
          out.add(new Offence(pod.inSpec("securityContext.sysctls[" + i + "].name"),
              "pod must not set sysctl " + Texts.quoted(name) + " (allowed: "
              + String.join(", ", new TreeSet<>(allowed)) + ")"));
        }
      }
    });
    return out;
  }

  private static Set<String> plus(Set<String> base, String... more) {
    return Set.copyOf(Stream.concat(base.stream(), Stream.of(more)).toList());
  }
}
