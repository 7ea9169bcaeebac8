package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** check_runAsNonRoot.go and check_runAsUser.go: the pod must not run as root. */
final class RunAs {

  private RunAs() {}

  /**
   * runAsNonRoot must be true on the pod or on every container, and false nowhere: a container
   * inherits the pod's value unless it sets its own.
   */
  static List<Offence> nonRoot(Pod pod) {
    List<Offence> out = new ArrayList<>();
    Optional<Boolean> podValue = pod.securityContext().flatMap(sc -> sc.bool("runAsNonRoot"));
    if (podValue.isPresent() && !podValue.get()) {
      out.add(new Offence(pod.inSpec("securityContext.runAsNonRoot"),
          "pod must not set securityContext.runAsNonRoot=false"));
    }
    boolean podTrue = podValue.orElse(false);
    for (Container c : pod.containers()) {
      Optional<Boolean> own = Pod.bool(c.securityContext(), "runAsNonRoot");
      if (own.isPresent() && !own.get()) {
        out.add(new Offence(c.locate("securityContext.runAsNonRoot"), c.describe()
            + " must not set securityContext.runAsNonRoot=false"));
      } else if (own.isEmpty() && !podTrue) {
        out.add(new Offence(c.securityContextOrName(), c.describe() + " must set "
            + "securityContext.runAsNonRoot=true (or the pod must set it in "
            + "spec.securityContext)"));
      }
    }
    return out;
  }

  /** runAsUser must not be 0, on the pod or any container. */
  static List<Offence> notRoot(Pod pod) {
    List<Offence> out = new ArrayList<>();
    if (Pod.integer(pod.securityContext(), "runAsUser").orElse(-1L) == 0) {
      out.add(new Offence(pod.inSpec("securityContext.runAsUser"),
          "pod must not set securityContext.runAsUser=0; use a non-zero user id"));
    }
    for (Container c : pod.containers()) {
      if (Pod.integer(c.securityContext(), "runAsUser").orElse(-1L) == 0) {
        out.add(new Offence(c.locate("securityContext.runAsUser"), c.describe()
            + " must not set securityContext.runAsUser=0; use a non-zero user id"));
      }
    }
    return out;
  }
}
