package io.github.kubecheck.model;

import java.util.Optional;

/**
 * A PodDisruptionBudget (policy/v1): which pods it guards and how many must stay up.
 *
 * @param selector empty when {@code spec.selector} is absent: in policy/v1 such a budget selects
 *     no pods, while an empty selector ({@code {}}) selects every pod in the namespace
 */
public record PodDisruptionBudget(Resource resource, Optional<LabelSelector> selector,
    Optional<IntOrString> minAvailable, Optional<IntOrString> maxUnavailable) {

  public static boolean isPodDisruptionBudget(Resource r) {
    return r.is("policy", "PodDisruptionBudget");
  }

  public static PodDisruptionBudget of(Resource r) {
    var spec = r.spec();
    return new PodDisruptionBudget(r, spec.mapping("selector").map(LabelSelector::of),
        spec.get("minAvailable").flatMap(IntOrString::of),
        spec.get("maxUnavailable").flatMap(IntOrString::of));
  }

  public boolean selects(PodTemplate t) {
    return selector.isPresent() && t.namespace().equals(resource.effectiveNamespace())
        && selector.get().matches(t.labels());
  }

  /**
   * How many of {@code expected} selected pods may be evicted at once while all are healthy, as
   * the disruption controller computes it (percentages of minAvailable round up, of
   * maxUnavailable round up too); empty when the budget's numbers cannot be read.
   */
  public Optional<Integer> disruptionsAllowed(int expected) {
    if (maxUnavailable.isPresent()) {
      return maxUnavailable.get().scaled(expected, true)
          .map(max -> Math.max(0, Math.min(expected, max)));
    }
    if (minAvailable.isPresent()) {
      return minAvailable.get().scaled(expected, true)
          .map(min -> Math.max(0, expected - min));
    }
    // Neither set: policy/v1beta1 defaulted minAvailable to 1; a policy/v1 budget limits nothing.
    return Optional.of(resource.version().equals("v1beta1") ? Math.max(0, expected - 1) : expected);
  }
}
