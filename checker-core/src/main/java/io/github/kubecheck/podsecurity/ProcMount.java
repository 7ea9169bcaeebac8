package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Container;
import java.util.ArrayList;
import java.util.List;

/** check_procMount_baseline.go and check_procMount_restricted.go: the default /proc masks. */
final class ProcMount {

  private ProcMount() {}

  static List<Offence> forbidUnmasked(Pod pod) {
    List<Offence> out = new ArrayList<>();
    for (Container c : pod.containers()) {
      Pod.text(c.securityContext(), "procMount").filter(v -> !v.equals("Default"))
          .ifPresent(v -> out.add(new Offence(c.locate("securityContext.procMount"),
              c.describe() + " must not set securityContext.procMount to " + Texts.quoted(v)
              + " (allowed: \"Default\" or unset)")));
    }
    return out;
  }
}
