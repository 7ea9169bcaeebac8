package io.github.kubecheck.netpol;

import io.github.kubecheck.model.LabelSelector;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Resolves selectors to sets of pod classes, each selector once. Namespace selectors are matched
 * against namespaces first, so a selector costs namespaces plus the classes of the namespaces it
 * picks. Not thread-safe: used while the model is built. Returned sets must not be changed.
 */
final class Selection {

  private final List<NamespaceInfo> namespaces;
  private final List<PodClass> classes;
  private final List<Cidr> podNetwork;
  private final Map<String, Integer> namespaceIndex = new HashMap<>();
  private final BitSet[] classesByNamespace;
  private final Map<LabelSelector, BitSet> namespaceCache = new HashMap<>();
  private final Map<Object, BitSet> podCache = new HashMap<>();

  Selection(List<NamespaceInfo> namespaces, List<PodClass> classes, List<Cidr> podNetwork) {
    this.namespaces = namespaces;
    this.classes = classes;
    this.podNetwork = podNetwork;
    for (int i = 0; i < namespaces.size(); i++) {
      namespaceIndex.put(namespaces.get(i).name(), i);
    }
    classesByNamespace = new BitSet[namespaces.size()];
    for (int i = 0; i < classesByNamespace.length; i++) {
      classesByNamespace[i] = new BitSet();
    }
    for (PodClass c : classes) {
      classesByNamespace[namespaceIndex.get(c.namespace())].set(c.index());
    }
  }

  int classCount() {
    return classes.size();
  }

  /** The namespaces whose labels the selector matches. */
  BitSet namespaces(LabelSelector selector) {
    return cached(namespaceCache, selector, () -> {
      BitSet out = new BitSet();
      for (int i = 0; i < namespaces.size(); i++) {
        if (selector.matches(namespaces.get(i).labels())) {
          out.set(i);
        }
      }
      return out;
    });
  }

  private record InNamespace(String namespace, LabelSelector pods) {}

  private record InNamespaces(LabelSelector namespaces, LabelSelector pods, boolean hostNetwork) {}

  /** The classes of one namespace whose labels the selector matches. */
  BitSet pods(String namespace, LabelSelector podSelector) {
    return cached(podCache, new InNamespace(namespace, podSelector), () -> {
      BitSet out = new BitSet();
      Integer ns = namespaceIndex.get(namespace);
      if (ns != null) {
        BitSet in = classesByNamespace[ns];
        for (int c = in.nextSetBit(0); c >= 0; c = in.nextSetBit(c + 1)) {
          if (podSelector.matches(classes.get(c).labels())) {
            out.set(c);
          }
        }
      }
      return out;
    });
  }

  /**
   * The classes whose namespace matches one selector and whose labels match the other; with
   * {@code hostNetwork} false, host-network pods are left out (as admin policies leave them).
   */
  BitSet pods(LabelSelector namespaceSelector, LabelSelector podSelector, boolean hostNetwork) {
    return cached(podCache, new InNamespaces(namespaceSelector, podSelector, hostNetwork),
        () -> {
          BitSet out = new BitSet();
          BitSet ns = namespaces(namespaceSelector);
          for (int n = ns.nextSetBit(0); n >= 0; n = ns.nextSetBit(n + 1)) {
            out.or(pods(namespaces.get(n).name(), podSelector));
          }
          if (!hostNetwork) {
            for (int c = out.nextSetBit(0); c >= 0; c = out.nextSetBit(c + 1)) {
              if (classes.get(c).hostNetwork()) {
                out.clear(c);
              }
            }
          }
          return out;
        });
  }

  /**
   * The classes whose pods' addresses are all in the block: pods with known addresses when one
   * of them is in it, other pods when the block holds the whole pod network of its family.
   */
  BitSet addressed(AddressBlock block) {
    return cached(podCache, block, () -> {
      List<Cidr> network = podNetwork.stream()
          .filter(c -> c.family() == block.cidr().family()).toList();
      boolean coversNetwork = block.coversAll(network);
      BitSet out = new BitSet();
      for (PodClass c : classes) {
        boolean in = c.addresses().isEmpty() ? coversNetwork
            : c.addresses().stream().anyMatch(block::contains);
        if (in) {
          out.set(c.index());
        }
      }
      return out;
    });
  }

  /** Like computeIfAbsent, but the computation may itself use the cache. */
  private static <K> BitSet cached(Map<K, BitSet> cache, K key, Supplier<BitSet> compute) {
    BitSet hit = cache.get(key);
    if (hit == null) {
      hit = compute.get();
      cache.put(key, hit);
    }
    return hit;
  }
}
