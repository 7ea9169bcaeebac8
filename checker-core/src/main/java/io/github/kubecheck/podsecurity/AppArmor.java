package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.yaml.MappingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * check_appArmorProfile.go: the beta annotations and (since the fields exist, patched into the
 * 1.0 version upstream) the appArmorProfile fields must not make a container unconfined.
 */
final class AppArmor {

  static final String ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

  private AppArmor() {}

  static List<Offence> evaluate(Pod pod) {
    List<Offence> out = new ArrayList<>();
    invalidType(pod.podContext("appArmorProfile")).ifPresent(t -> out.add(new Offence(
        pod.inSpec("securityContext.appArmorProfile.type"), "pod must not set "
        + "securityContext.appArmorProfile.type to " + Texts.quoted(t) + ALLOWED_TYPES)));
    for (Container c : pod.containers()) {
      invalidType(Pod.mapping(c.securityContext(), "appArmorProfile")).ifPresent(t -> out.add(
          new Offence(c.locate("securityContext.appArmorProfile.type"), c.describe()
          + " must not set securityContext.appArmorProfile.type to " + Texts.quoted(t)
          + ALLOWED_TYPES)));
    }
    for (Map.Entry<String, String> a : pod.annotations().entrySet()) {
      String value = a.getValue();
      if (a.getKey().startsWith(ANNOTATION_PREFIX) && !value.isEmpty()
          && !value.equals("runtime/default") && !value.startsWith("localhost/")) {
        out.add(new Offence(pod.annotation(a.getKey()), "pod must not set annotation "
            + a.getKey() + "=" + Texts.quoted(value)
            + " (allowed: \"runtime/default\" or \"localhost/<profile>\")"));
      }
    }
    return out;
  }

  private static final String ALLOWED_TYPES = " (allowed: \"RuntimeDefault\" or \"Localhost\")";

  private static Optional<String> invalidType(Optional<MappingNode> profile) {
    if (profile.isEmpty()) {
      return Optional.empty();
    }
    String type = Pod.text(profile, "type").orElse("");
    return type.equals("RuntimeDefault") || type.equals("Localhost") ? Optional.empty()
        : Optional.of(type);
  }
}
