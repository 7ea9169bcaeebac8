package io.github.kubecheck.scheduler;

import java.util.List;

/**
 * Why a plugin turned a node down: the reasons as kube-scheduler words them, and whether
 * evicting pods could not help (UnschedulableAndUnresolvable).
 */
record Rejection(List<String> reasons, boolean unresolvable) {

  Rejection {
    reasons = List.copyOf(reasons);
  }

  static Rejection unresolvable(String reason) {
    return new Rejection(List.of(reason), true);
  }

  static Rejection unschedulable(String reason) {
    return new Rejection(List.of(reason), false);
  }
}
