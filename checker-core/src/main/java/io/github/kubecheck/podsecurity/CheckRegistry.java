package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    this.checks = checks.stream().sorted(Comparator.comparing(Check::level)).toList();
    for (Check c : this.checks) {
      for (String id : c.overrides()) {
        if (this.checks.stream().noneMatch(b -> b.id().equals(id) && b.level() == Level.BASELINE)) {
          throw new IllegalArgumentException(c.id() + " overrides " + id
              + ", which is not a baseline check");
        }
      }
    }
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
   * What Pod Security Admission of {@code version} at {@code level} forbids in the pod. At the
   * restricted level a baseline check replaced by a restricted check of that version does not run
   * (upstream's OverrideCheckIDs): its offence counts only where the replacing check also forbids
   * that place. Restricted includes baseline, and a place both forbid is reported once, by the
   * baseline check.
   */
  public List<Result> evaluate(Pod pod, Level level, PolicyVersion version) {
    PolicyVersion v = effective(version);
    List<Result> baseline = new ArrayList<>();
    List<Result> restricted = new ArrayList<>();
    Map<String, Set<String>> replacedPlaces = new HashMap<>();
    for (Check c : checks) {
      if (!level.covers(c.level())) {
        continue;
      }
      c.at(v).ifPresent(e -> {
        for (Offence o : e.evaluate(pod)) {
          (c.level() == Level.BASELINE ? baseline : restricted).add(new Result(c, o));
          c.overrides().forEach(id -> replacedPlaces.computeIfAbsent(id, k -> new HashSet<>())
              .add(place(o.at())));
        }
        // An override applies where the replacing check exists, even if it found nothing.
        c.overrides().forEach(id -> replacedPlaces.computeIfAbsent(id, k -> new HashSet<>()));
      });
    }
    List<Result> out = new ArrayList<>();
    Set<String> baselinePlaces = new HashSet<>();
    for (Result r : baseline) {
      Set<String> replaced = replacedPlaces.get(r.check().id());
      if (replaced == null || replaced.contains(place(r.offence().at()))) {
        out.add(r);
        baselinePlaces.add(place(r.offence().at()));
      }
    }
    for (Result r : restricted) {
      if (!baselinePlaces.contains(place(r.offence().at()))) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  private static String place(Location at) {
    return at.path() + "@" + at.span().line() + ":" + at.span().column();
  }

  /** An offence found by one check. */
  public record Result(Check check, Offence offence) {}
}
