package io.github.kubecheck.scheduler;

/** A Filter plugin: whether one node can run the pod of the cycle; null when it can. */
interface FilterPlugin {

  String name();

  Rejection filter(Cycle cycle, NodeState node);
}
