package io.github.kubecheck.rules.network;

import io.github.kubecheck.netpol.NetworkModel;
import io.github.kubecheck.netpol.PodClass;
import io.github.kubecheck.netpol.Workload;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** How the network rules name pods in messages: by the workloads that run them. */
final class Pods {

  private static final int SHOWN = 5;

  private Pods() {}

  /** "shop/web, shop/api": the workloads of the classes, sorted, the first few. */
  static String names(NetworkModel model, Collection<PodClass> classes) {
    TreeSet<String> names = new TreeSet<>();
    for (PodClass c : classes) {
      model.workloadsOf(c).stream().map(Workload::name).forEach(names::add);
    }
    return list(List.copyOf(names));
  }

  static String list(List<String> names) {
    if (names.size() <= SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN)
        + " more";
  }
}
