package io.github.kubecheck.netpol;

import io.github.kubecheck.model.LabelSelector;
import java.util.Optional;

/** One entry of a NetworkPolicy rule's {@code from} or {@code to} list. */
public sealed interface NetworkPolicyPeer {

  /** Position in the list, for locating it. */
  int index();

  /**
   * Pods chosen by label: {@code podSelector} alone picks pods of the policy's namespace;
   * {@code namespaceSelector} picks namespaces (all their pods, or with a podSelector in the same
   * entry, the pods matching both).
   *
   * @param namespaceSelector empty when the entry has none (the policy's own namespace)
   * @param podSelector everything when the entry has none
   */
  record Pods(int index, Optional<LabelSelector> namespaceSelector, LabelSelector podSelector)
      implements NetworkPolicyPeer {}

  /** An {@code ipBlock}: addresses, outside the cluster or pods'. */
  record Block(int index, AddressBlock block) implements NetworkPolicyPeer {}

  /**
   * An entry the API server would refuse (no selector and no ipBlock, an ipBlock beside a
   * selector, an unreadable CIDR); it matches nothing.
   */
  record Invalid(int index, String reason) implements NetworkPolicyPeer {}
}
