package io.github.kubecheck.scheduler;

/** kube-scheduler's reason texts that did not change across the supported releases. */
public final class Reasons {

  static final String UNSCHEDULABLE = "node(s) were unschedulable";
  static final String NODE_NAME = "node(s) didn't match the requested node name";
  static final String NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";
  static final String NODE_PORTS = "node(s) didn't have free ports for the requested pod ports";
  static final String TOO_MANY_PODS = "Too many pods";
  static final String BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
  static final String UNBOUND_IMMEDIATE = "pod has unbound immediate PersistentVolumeClaims";
  static final String VOLUME_ZONE = "node(s) had no available volume zone";
  static final String READ_WRITE_ONCE_POD = "node has pod using PersistentVolumeClaim with the "
      + "same name and ReadWriteOncePod access mode";
  public static final String SPREAD = "node(s) didn't match pod topology spread constraints";
  static final String SPREAD_LABEL = SPREAD + " (missing required label)";
  static final String AFFINITY = "node(s) didn't match pod affinity rules";
  static final String ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
  static final String EXISTING_ANTI_AFFINITY =
      "node(s) didn't satisfy existing pods anti-affinity rules";
  static final String PREEMPTION_NOT_HELPFUL = "Preemption is not helpful for scheduling";
  static final String NO_VICTIMS = "No preemption victims found for incoming pod";
  static final String PREEMPT_NEVER = "not eligible due to preemptionPolicy=Never.";

  private Reasons() {}

  static String insufficient(String resource) {
    return "Insufficient " + resource;
  }
}
