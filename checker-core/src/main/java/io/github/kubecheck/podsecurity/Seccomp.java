package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.yaml.MappingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * check_seccompProfile_baseline.go and check_seccompProfile_restricted.go. Baseline forbids
 * explicitly setting a profile other than RuntimeDefault or Localhost; restricted also requires
 * one to be set, on the pod or on every container.
 */
final class Seccomp {

  static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  static final String CONTAINER_ANNOTATION_PREFIX =
      "container.seccomp.security.alpha.kubernetes.io/";
  private static final String ALLOWED = " (allowed: \"RuntimeDefault\" or \"Localhost\")";

  private Seccomp() {}

  /** Policy versions before 1.19 read the alpha annotations, not the fields. */
  static List<Offence> baselineAnnotations(Pod pod) {
    List<Offence> out = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    keys.add(POD_ANNOTATION);
    pod.containers().forEach(c -> keys.add(CONTAINER_ANNOTATION_PREFIX + c.name()));
    for (String key : keys) {
      String value = pod.annotations().get(key);
      if (value != null && !value.equals("runtime/default") && !value.equals("docker/default")
          && !value.startsWith("localhost/")) {
        out.add(new Offence(pod.annotation(key), "pod must not set annotation " + key + "="
            + Texts.quoted(value) + " (allowed: \"runtime/default\", \"docker/default\" or "
            + "\"localhost/<profile>\")"));
      }
    }
    return out;
  }

  static List<Offence> explicitlyInvalid(Pod pod) {
    List<Offence> out = new ArrayList<>();
    Optional<MappingNode> podProfile = pod.podContext("seccompProfile");
    if (podProfile.isPresent() && !valid(podProfile)) {
      out.add(new Offence(pod.inSpec("securityContext.seccompProfile.type"), "pod must not set "
          + "securityContext.seccompProfile.type to " + Texts.quoted(type(podProfile)) + ALLOWED));
    }
    for (Container c : pod.containers()) {
      Optional<MappingNode> profile = Pod.mapping(c.securityContext(), "seccompProfile");
      if (profile.isPresent() && !valid(profile)) {
        out.add(new Offence(c.locate("securityContext.seccompProfile.type"), c.describe()
            + " must not set securityContext.seccompProfile.type to "
            + Texts.quoted(type(profile)) + ALLOWED));
      }
    }
    return out;
  }

  /** Restricted: explicit bad values, and containers left without a profile. */
  static List<Offence> restricted(Pod pod) {
    List<Offence> out = new ArrayList<>(explicitlyInvalid(pod));
    Optional<MappingNode> podProfile = pod.podContext("seccompProfile");
    boolean podSet = podProfile.isPresent() && valid(podProfile);
    for (Container c : pod.containers()) {
      if (Pod.mapping(c.securityContext(), "seccompProfile").isEmpty() && !podSet) {
        out.add(new Offence(c.securityContextOrName(), c.describe() + " must set "
            + "securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\" "
            + "(or the pod must set it in spec.securityContext)"));
      }
    }
    return out;
  }

  private static String type(Optional<MappingNode> profile) {
    return Pod.text(profile, "type").orElse("");
  }

  private static boolean valid(Optional<MappingNode> profile) {
    String t = type(profile);
    return t.equals("RuntimeDefault") || t.equals("Localhost");
  }
}
