package io.github.kubecheck.rbac;

import java.util.List;

/**
 * A subject that can create pods (directly or through a workload) in a namespace, and so can run
 * a pod as a ServiceAccount there and act with that account's token: the path, and what the
 * account may do that the subject may not.
 *
 * @param namespace where the subject can create the pods
 * @param creation the grant that lets the subject create them, and which entry of the binding's
 *     {@code subjects} names the subject
 * @param gains per scope (empty namespace: cluster-wide), the account's rules the subject's own
 *     do not cover, with the grants they come from
 */
public record EscalationPath(Subject subject, String namespace, Creation creation,
    Subject serviceAccount, List<ScopedRules> gains) {

  /**
   * @param workload the resource the subject can create, e.g. {@code pods} or
   *     {@code deployments.apps}
   */
  public record Creation(Via.Grant grant, int subjectIndex, String workload) {}

  public EscalationPath {
    gains = List.copyOf(gains);
  }
}
