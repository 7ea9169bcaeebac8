package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Container;
import java.util.ArrayList;
import java.util.List;

/**
 * check_hostProbesAndhostLifecycle.go (1.34): probes and lifecycle handlers must not name a
 * host, which would let the kubelet reach other machines on the pod's behalf.
 */
final class HostProbes {

  private static final List<String> HANDLERS = List.of("livenessProbe", "readinessProbe",
      "startupProbe", "lifecycle.postStart", "lifecycle.preStop");

  private HostProbes() {}

  static List<Offence> evaluate(Pod pod) {
    List<Offence> out = new ArrayList<>();
    for (Container c : pod.containers()) {
      for (String handler : HANDLERS) {
        for (String action : List.of("httpGet", "tcpSocket")) {
          String path = handler + "." + action + ".host";
          c.node().at(path).flatMap(n -> n.asScalar()).filter(s -> !s.isNull())
              .map(s -> s.text()).filter(h -> !h.isEmpty())
              .ifPresent(h -> out.add(new Offence(c.locate(path), c.describe()
                  + " must not set " + path + " (" + Texts.quoted(h) + "); leave it unset so "
                  + "the kubelet probes the pod's own IP")));
        }
      }
    }
    return out;
  }
}
