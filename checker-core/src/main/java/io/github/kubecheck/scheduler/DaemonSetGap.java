package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.Resource;

/** A node a DaemonSet's controller creates no pod for, and why (kube-scheduler's wording). */
public record DaemonSetGap(Resource daemonSet, String node, String reason) {}
