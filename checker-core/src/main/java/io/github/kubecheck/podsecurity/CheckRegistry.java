package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of the Pod Security Standards, by id. Evaluates a pod at a level and version as
 * admission does: a version newer than the newest any check knows is read as that newest one.
 */
public final class CheckRegistry {

  private final List<Check> checks;
  private final PolicyVersion newest;

  public CheckRegistry(List<Check> checks) {
    Set<String> ids = new HashSet<>();
    Set<String> ruleIds = new HashSet<>();
    PolicyVersion max = PolicyVersion.of(1, 0);
    for (Check c : checks) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("duplicate check id " + c.id());
      }
      if (!ruleIds.add(c.ruleId())) {
        throw new IllegalArgumentException("duplicate rule id " + c.ruleId());
      }
      if (max.olderThan(c.newestVersion())) {
        max = c.newestVersion();
      }
    }
    // Baseline first, so that evaluate knows every baseline place before the restricted ones.
    this.checks = checks.stream().sorted(Comparator.comparing(Check::level)).toList();
    this.newest = max;
  }

  /** Every check of the standards, baseline first. */
  public static CheckRegistry standard() {
    List<Check> all = new ArrayList<>(BaselineChecks.all());
    all.addAll(RestrictedChecks.all());
    return new CheckRegistry(all);
  }

  public List<Check> checks() {
    return checks;
  }

  /** The newest policy version any check defines: what {@code latest} means. */
  public PolicyVersion newest() {
    return newest;
  }

  /** Clamps a version to the policy versions this registry knows. */
  public PolicyVersion effective(PolicyVersion version) {
    return PolicyVersion.min(version, newest);
  }

  /**
   * What the checks of {@code level} forbid in the pod at {@code version}. A restricted offence at
   * the same place as a baseline one is left out: restricted includes baseline, and the finding is
   * reported once, at the baseline level.
   */
  public List<Result> evaluate(Pod pod, Level level, PolicyVersion version) {
    PolicyVersion v = effective(version);
    List<Result> out = new ArrayList<>();
    Set<String> baselinePlaces = new HashSet<>();
    for (Check c : checks) {
      if (!level.covers(c.level())) {
        continue;
      }
      c.at(v).ifPresent(e -> {
        for (Offence o : e.evaluate(pod)) {
          if (c.level() == Level.BASELINE) {
            baselinePlaces.add(place(o.at()));
            out.add(new Result(c, o));
          } else if (!baselinePlaces.contains(place(o.at()))) {
            out.add(new Result(c, o));
          }
        }
      });
    }
    return List.copyOf(out);
  }

  private static String place(Location at) {
    return at.path() + "@" + at.span().line() + ":" + at.span().column();
  }

  /** An offence found by one check. */
  public record Result(Check check, Offence offence) {}
}
