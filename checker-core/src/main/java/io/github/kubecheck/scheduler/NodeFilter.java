package io.github.kubecheck.scheduler;

/**
 * A Filter plugin whose answer depends only on the pod's spec and the node's fixed facts
 * (labels, taints, cordon), not on what is bound: computed once per distinct pod spec and node.
 */
interface NodeFilter {

  String name();

  Rejection filter(SimPod pod, Wording wording, NodeState node);
}
