package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.Resource;
import java.util.Optional;

/**
 * A node a DaemonSet's controller creates no pod for, and why (kube-scheduler's wording).
 *
 * @param taintKey the key of the untolerated taint, when that is the reason
 */
public record DaemonSetGap(Resource daemonSet, String node, String reason,
    Optional<String> taintKey) {}
