package io.github.kubecheck.podsecurity;

import io.github.kubecheck.podsecurity.Violation.Admission;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code pod-security.kubernetes.io/<mode>} and {@code <mode>-version} labels of a namespace.
 * As Pod Security Admission does (api.PolicyToEvaluate), an unreadable enforce level reads as
 * {@code restricted} (fail closed), an unreadable warn or audit level as {@code privileged} (fail
 * open), and an unreadable version as {@code latest}.
 */
public final class NamespacePolicy {

  public static final NamespacePolicy NONE = new NamespacePolicy(Map.of());
  static final String PREFIX = "pod-security.kubernetes.io/";

  /** A mode's level and pinned version (empty for {@code latest}). */
  public record Mode(Level level, Optional<PolicyVersion> version) {}

  private final Map<Admission, Mode> modes;

  private NamespacePolicy(Map<Admission, Mode> modes) {
    this.modes = modes;
  }

  public static NamespacePolicy of(Map<String, String> labels) {
    Map<Admission, Mode> modes = new EnumMap<>(Admission.class);
    for (Admission a : new Admission[] {Admission.ENFORCE, Admission.WARN, Admission.AUDIT}) {
      String key = PREFIX + a.name().toLowerCase(java.util.Locale.ROOT);
      String level = labels.get(key);
      if (level == null) {
        continue;
      }
      String version = labels.getOrDefault(key + "-version", "latest");
      Level unreadable = a == Admission.ENFORCE ? Level.RESTRICTED : Level.PRIVILEGED;
      modes.put(a, new Mode(Level.parse(level).orElse(unreadable),
          version.equals("latest") ? Optional.empty() : PolicyVersion.parseLabel(version)));
    }
    return new NamespacePolicy(Map.copyOf(modes));
  }

  public Optional<Mode> mode(Admission admission) {
    return Optional.ofNullable(modes.get(admission));
  }

  /** Whether the namespace enforces the privileged level: anything goes there. */
  public boolean enforcesPrivileged() {
    return mode(Admission.ENFORCE).map(m -> m.level() == Level.PRIVILEGED).orElse(false);
  }
}
