package io.github.kubecheck.rules.scheduling;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.scheduler.SimPod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the scheduling rules share: pods grouped by workload, and where to point. */
final class Pods {

  private Pods() {}

  /** The pods of each workload, workloads in input order. */
  static Map<Resource, List<SimPod>> byWorkload(List<SimPod> pods) {
    Map<String, List<SimPod>> byKey = new LinkedHashMap<>();
    for (SimPod p : pods) {
      byKey.computeIfAbsent(p.workloadKey() + "@" + p.workload().span(),
          k -> new ArrayList<>()).add(p);
    }
    Map<Resource, List<SimPod>> out = new LinkedHashMap<>();
    byKey.values().forEach(l -> out.put(l.get(0).workload(), l));
    return out;
  }

  /** The pod template's key ({@code template:}, or {@code spec:} of a Pod). */
  static Location template(PodTemplate t) {
    return t.path().isEmpty() ? t.owner().locate("spec") : t.owner().locate(t.path());
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
