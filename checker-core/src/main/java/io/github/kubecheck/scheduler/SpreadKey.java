package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.NodeAffinity;
import io.github.kubecheck.model.Toleration;
import java.util.List;
import java.util.Set;

/**
 * What one topology spread constraint of one pod counts: pods of the namespace matching the
 * selector (matchLabelKeys merged in), per value of the key, on the nodes that count: those with
 * every key the pod's constraints use, that pass the pod's node affinity (nodeAffinityPolicy
 * Honor, the default; {@code affinity} empty for Ignore) and, with nodeTaintsPolicy Honor, whose
 * taints the pod tolerates ({@code tolerations} empty for Ignore, the default).
 */
record SpreadKey(String namespace, LabelSelector selector, String topologyKey,
    Set<String> requiredKeys, NodeAffinity affinity, boolean honorTaints,
    List<Toleration> tolerations) {

  SpreadKey {
    requiredKeys = Set.copyOf(requiredKeys);
    tolerations = List.copyOf(tolerations);
  }
}
