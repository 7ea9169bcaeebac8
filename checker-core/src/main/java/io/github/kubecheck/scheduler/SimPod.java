package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.NodeAffinity;
import io.github.kubecheck.model.PersistentVolumeClaim;
import io.github.kubecheck.model.PodAffinity;
import io.github.kubecheck.model.PodDisruptionBudget;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Toleration;
import io.github.kubecheck.model.TopologySpreadConstraint;
import java.util.List;
import java.util.Map;

/**
 * One pod the simulation places: made by a workload of the input (or already running in the
 * cluster, {@code existing}), with everything the plugins read computed once.
 *
 * @param order creation order, the scheduling queue's tie-break after priority
 * @param workloadKey {@code namespace/Kind/name} of the object that made it
 * @param nodeName {@code spec.nodeName} (or, for an existing pod, where it runs); empty if unset
 * @param claims the PersistentVolumeClaims its volumes use, as found (or made from the
 *     StatefulSet's volumeClaimTemplates)
 * @param limits the limits of its long-running containers, added up
 * @param missingClaims claims its volumes name that exist nowhere
 */
public record SimPod(int order, String namespace, String name, Resource workload,
    String workloadKey, PodTemplate template, Map<String, String> labels, int priority,
    boolean preemptNever, ResourceList requests, ResourceList scoringRequests, ResourceList limits,
    List<Toleration> tolerations, NodeAffinity nodeAffinity, PodAffinity affinity,
    List<TopologySpreadConstraint> spread, List<HostPort> hostPorts,
    List<PersistentVolumeClaim> claims, List<String> missingClaims, String nodeName,
    String schedulerName, boolean existing) {

  public SimPod {
    labels = Map.copyOf(labels);
    tolerations = List.copyOf(tolerations);
    spread = List.copyOf(spread);
    hostPorts = List.copyOf(hostPorts);
    claims = List.copyOf(claims);
    missingClaims = List.copyOf(missingClaims);
  }

  /** Pods are told apart by identity: two replicas may be alike in every field. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** Whether the budget counts this pod: same namespace, and its selector matches. */
  public boolean selectedBy(PodDisruptionBudget b) {
    return b.selector().isPresent() && namespace.equals(b.resource().effectiveNamespace())
        && b.selector().get().matches(labels);
  }

  /** {@code namespace/name}, as reports name pods. */
  public String fullName() {
    return namespace + "/" + name;
  }
}
