package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.Taint;

/**
 * kube-scheduler's reason texts where they changed between releases. The cut-over versions are
 * those of the upstream changes: the taint wording of 1.25, the PersistentVolume node affinity
 * wording of 1.33, the preemption part of FailedScheduling from 1.24, whose per-node reasons
 * ended in a period of their own (printing "..") until 1.28.
 */
record Wording(int minor) {

  static Wording of(String kubeVersion) {
    String[] parts = kubeVersion.split("\\.");
    try {
      return new Wording(parts.length > 1 ? Integer.parseInt(parts[1]) : 99);
    } catch (NumberFormatException e) {
      return new Wording(99);
    }
  }

  String untoleratedTaint(Taint taint) {
    return minor >= 25 ? "node(s) had untolerated taint " + taint.describe()
        : "node(s) had taint " + taint.describe() + ", that the pod didn't tolerate";
  }

  String volumeNodeAffinityConflict() {
    return minor >= 33 ? "node(s) didn't match PersistentVolume's node affinity"
        : "node(s) had volume node affinity conflict";
  }

  boolean reportsPreemption() {
    return minor >= 24;
  }

  /** A preemption reason as it ends up in the message. */
  String preemptionReason(String reason) {
    return minor >= 28 ? reason : reason + ".";
  }
}
