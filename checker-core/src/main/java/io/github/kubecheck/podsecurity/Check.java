package io.github.kubecheck.podsecurity;

import java.util.List;
import java.util.Optional;

/**
 * One Pod Security check, as upstream defines it: an id, the level it belongs to, and its
 * implementations by minimum policy version (strictly increasing). Below the first version the
 * check does not exist.
 *
 * @param id the upstream check id, e.g. {@code capabilities_restricted}
 * @param ruleId the kubecheck rule that reports it, e.g. {@code pss-restricted-capabilities}
 * @param overrides ids of the baseline checks this restricted check replaces at the restricted
 *     level where it exists (upstream's OverrideCheckIDs)
 */
public record Check(String id, String ruleId, Level level, List<VersionedCheck> versions,
    List<String> overrides) {

  public Check(String id, String ruleId, Level level, List<VersionedCheck> versions) {
    this(id, ruleId, level, versions, List.of());
  }

  public Check {
    overrides = List.copyOf(overrides);
    if (level == Level.BASELINE && !overrides.isEmpty()) {
      throw new IllegalArgumentException(id + ": only restricted checks override others");
    }
    if (level == Level.PRIVILEGED) {
      throw new IllegalArgumentException(id + ": checks belong to baseline or restricted");
    }
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException(id + ": a check needs at least one version");
    }
    for (int i = 1; i < versions.size(); i++) {
      if (!versions.get(i - 1).minimumVersion().olderThan(versions.get(i).minimumVersion())) {
        throw new IllegalArgumentException(id + ": versions must strictly increase, but "
            + versions.get(i).minimumVersion() + " follows "
            + versions.get(i - 1).minimumVersion());
      }
    }
  }

  /** The implementation in force at {@code version}: the newest not newer than it. */
  public Optional<PodEvaluator> at(PolicyVersion version) {
    PodEvaluator found = null;
    for (VersionedCheck v : versions) {
      if (v.minimumVersion().compareTo(version) <= 0) {
        found = v.evaluator();
      }
    }
    return Optional.ofNullable(found);
  }

  public PolicyVersion newestVersion() {
    return versions.get(versions.size() - 1).minimumVersion();
  }
}
