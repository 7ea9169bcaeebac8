package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.IntOrString;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Probe;
import io.github.kubecheck.rule.RuleContext;
import java.util.List;
import java.util.function.BiConsumer;

/** Visits the port of every probe of every container, for the probe-port rules. */
final class ProbePorts {

  private static final List<String> PROBES = List.of(Probe.LIVENESS, Probe.READINESS,
      Probe.STARTUP);

  private ProbePorts() {}

  static void each(RuleContext ctx, BiConsumer<Probe, IntOrString> action) {
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      for (Container c : t.containers()) {
        for (String field : PROBES) {
          Probe.of(c, field).ifPresent(p -> p.port().ifPresent(port -> action.accept(p, port)));
        }
      }
    }
  }

  /** "the liveness probe of container "web"". */
  static String describe(Probe p) {
    return "the " + p.field().replace("Probe", "") + " probe of " + p.container().describe();
  }
}
