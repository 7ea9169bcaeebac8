package io.github.kubecheck.model;

/** A PriorityClass: the priority pods naming it get, and whether they may preempt. */
public record PriorityClass(String name, int value, boolean globalDefault,
    String preemptionPolicy) {

  public static boolean isPriorityClass(Resource r) {
    return r.is("scheduling.k8s.io", "PriorityClass");
  }

  public static PriorityClass of(Resource r) {
    return new PriorityClass(r.name(), r.node().get("value").flatMap(n -> n.asScalar())
        .flatMap(s -> s.asLong()).map(Long::intValue).orElse(0),
        r.node().bool("globalDefault").orElse(false),
        r.node().text("preemptionPolicy").orElse("PreemptLowerPriority"));
  }
}
