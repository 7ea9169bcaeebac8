package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A hostPath volume of a pod template, with the path as the kubelet would mount it, for the
 * rules about host folders. The baseline Pod Security Standard forbids every hostPath volume, so
 * these rules speak only where pss-baseline-host-path-volumes does not report the same volume.
 *
 * @param index position in {@code spec.volumes}
 * @param path the host path with repeated and trailing slashes removed
 */
record HostPathVolume(PodTemplate template, int index, String name, String path) {

  static final String PSS_RULE = "pss-baseline-host-path-volumes";

  static List<HostPathVolume> of(PodTemplate t) {
    List<HostPathVolume> out = new ArrayList<>();
    t.spec().sequence("volumes").ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(n -> n.asMapping()).ifPresent(v -> v.mapping("hostPath").ifPresent(h ->
            out.add(new HostPathVolume(t, index, v.text("name").orElse(""),
                normalize(h.text("path").orElse(""))))));
      }
    });
    return out;
  }

  /** Whether the pss rule already reports this volume in this run. */
  boolean reportedByPodSecurity(RuleContext ctx) {
    return PodSecurityOverlap.reported(ctx, template, template.locateInSpec(
        "volumes[" + index + "].hostPath"), PSS_RULE);
  }

  Location locatePath() {
    return template.locateInSpec("volumes[" + index + "].hostPath.path");
  }

  static String normalize(String path) {
    String p = path.strip().replaceAll("/{2,}", "/");
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
