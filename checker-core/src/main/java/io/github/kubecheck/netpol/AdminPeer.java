package io.github.kubecheck.netpol;

import io.github.kubecheck.model.LabelSelector;
import java.util.List;

/** One entry of an AdminNetworkPolicy or BaselineAdminNetworkPolicy rule's from or to list. */
public sealed interface AdminPeer {

  int index();

  /**
   * Pods picked by namespace labels and pod labels ({@code namespaces} is the pods peer with a
   * pod selector that picks everything). Host-network pods are never among them.
   */
  record Pods(int index, LabelSelector namespaceSelector, LabelSelector podSelector)
      implements AdminPeer {}

  /** {@code networks}: CIDRs, which match pod addresses as well as outside ones. */
  record Networks(int index, List<AddressBlock> blocks) implements AdminPeer {
    public Networks {
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * A peer kubecheck cannot place: {@code nodes} (node addresses are not endpoints here) and
   * {@code domainNames} (resolving names would need the network). It matches nothing.
   */
  record Unmodelled(int index, String field) implements AdminPeer {}

  /**
   * An entry with no field this version of the API knows. The API says to fail closed: an Allow
   * rule treats it as matching nothing, a Deny or Pass rule as denying everything.
   */
  record Unknown(int index) implements AdminPeer {}
}
