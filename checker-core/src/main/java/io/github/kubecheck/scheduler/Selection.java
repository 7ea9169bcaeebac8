package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.LabelSelector;
import java.util.Map;
import java.util.Set;

/**
 * Which pods a pod-affinity term counts, resolved for one pod: a selector (with the term's
 * matchLabelKeys and mismatchLabelKeys already merged in from that pod's labels), the namespaces
 * it looks in ({@code allNamespaces} for an empty namespaceSelector), and the topology key it
 * counts them by. Equal terms of many pods share one set of counts.
 */
record Selection(boolean allNamespaces, Set<String> namespaces, LabelSelector selector,
    String topologyKey) {

  Selection {
    namespaces = Set.copyOf(namespaces);
  }

  boolean selects(String namespace, Map<String, String> labels) {
    return (allNamespaces || namespaces.contains(namespace)) && selector.matches(labels);
  }
}
