package io.github.kubecheck.rules.references;

import io.github.kubecheck.references.Reference;
import io.github.kubecheck.references.Target;
import java.util.Set;
import java.util.stream.Collectors;

/** Wording the references rules share. */
final class Texts {

  /** The sentence every remediation ends with for targets that may be made elsewhere. */
  static final String EXTERNAL = " If it is made outside these manifests, pass the cluster's "
      + "objects with --cluster, or list it in references.assumeExternal in .kubecheck.yaml "
      + "(patterns Kind, Kind/name, Kind/namespace/name or namespace/name, with * and ?; the "
      + "default, kube-system/*, is replaced by your list).";

  private Texts() {}

  /** {@code ConfigMap "web" in namespace "shop", which is neither in the input nor ...}. */
  static String missing(Target t) {
    return t.describe() + ", which is neither in the input nor in the cluster";
  }

  /** {@code Deployment shop/web: volume "config"}. */
  static String referrer(Reference r) {
    return r.from().describe() + ": " + r.via();
  }

  /** The keys an object has, for messages: {@code (it has: a, b)} or {@code (it has no keys)}. */
  static String keys(Set<String> keys) {
    if (keys.isEmpty()) {
      return "(it has no keys)";
    }
    String listed = keys.stream().sorted().limit(8).map(k -> "\"" + k + "\"")
        .collect(Collectors.joining(", "));
    return "(it has " + listed + (keys.size() > 8 ? ", ..." : "") + ")";
  }

  /** {@code the pod} for a bare Pod, {@code its pods} for a workload. */
  static String pods(Reference r) {
    return r.from().is("", "Pod") ? "the pod" : "its pods";
  }

  /** What happens to the pods when a ConfigMap or Secret they need is missing. */
  static String podConsequence(Reference r) {
    return switch (r.use()) {
      case VOLUME, PROJECTED_VOLUME -> pods(r) + " would stay in ContainerCreating, the volume "
          + "failing to mount";
      case ENV, ENV_FROM -> "the container would not start (CreateContainerConfigError)";
      default -> pods(r) + " would not start";
    };
  }
}
