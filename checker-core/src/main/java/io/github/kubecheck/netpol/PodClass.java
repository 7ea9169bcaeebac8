package io.github.kubecheck.netpol;

import java.util.List;
import java.util.Map;

/**
 * Pods that every policy treats alike: same namespace (and so namespace labels), same labels,
 * same named ports, same known addresses, both host-network or neither. Connectivity is worked
 * out once per class, so its cost grows with distinct label sets rather than pod count.
 *
 * @param index position in the model's list of classes
 * @param addresses the pods' addresses when a Pod's status gives them; empty when unknown (the
 *     pods get addresses from the pod network)
 */
public record PodClass(int index, String namespace, Map<String, String> namespaceLabels,
    Map<String, String> labels, List<NamedPort> namedPorts, List<IpAddress> addresses,
    boolean hostNetwork) {

  public PodClass {
    namespaceLabels = Map.copyOf(namespaceLabels);
    labels = Map.copyOf(labels);
    namedPorts = List.copyOf(namedPorts);
    addresses = List.copyOf(addresses);
  }

  /** What makes two pods alike, without the position. */
  record Key(String namespace, Map<String, String> labels, List<NamedPort> namedPorts,
      List<IpAddress> addresses, boolean hostNetwork) {}

  Key key() {
    return new Key(namespace, labels, namedPorts, addresses, hostNetwork);
  }
}
