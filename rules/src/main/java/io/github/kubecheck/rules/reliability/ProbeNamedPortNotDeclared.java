package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.rules.schema.SchemaOverlap;
import java.util.Optional;

/** Probes that name a port their container does not have. */
@RuleInfo(id = "probe-named-port-not-declared", category = Category.RELIABILITY,
    severity = Severity.ERROR,
    summary = "A probe names a port that its container does not declare.",
    rationale = "The kubelet resolves a probe's named port among the ports of the probed "
        + "container only (any protocol; other containers of the pod do not count). When the "
        + "name is not there, every probe attempt fails: a liveness probe restarts the "
        + "container forever, a readiness probe keeps it out of its Services, a startup probe "
        + "never lets it start. The API server does not check this, so the manifest applies "
        + "cleanly. A name the API server refuses (\"8080\" quoted, upper case) is left to "
        + "invalid-value while it runs.",
    remediation = "Declare the port with that name in the container's ports, or write the port "
        + "number in the probe.")
public final class ProbeNamedPortNotDeclared implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ProbePorts.each(ctx, (probe, port) -> {
      if (port.isNumber() || probe.resolvedPort().isPresent()
          || SchemaOverlap.invalidValue(ctx, probe.container().pod().owner(), probe.locatePort())) {
        return;
      }
      Container c = probe.container();
      // The container itself does not declare it, so any container that does is another one.
      Optional<Container> elsewhere = c.pod().containers().stream()
          .filter(o -> o.declaredPorts().stream().anyMatch(p -> p.name().equals(port.text())))
          .findFirst();
      ctx.report(c.pod().owner(), probe.locatePort(), ProbePorts.describe(probe) + " uses port "
          + "\"" + port.text() + "\", which the container does not declare, so it always fails"
          + elsewhere.map(o -> " (" + o.describe() + " declares it, but a probe sees only its "
              + "own container's ports)").orElse("")
          + "; declare the port in the container or use its number");
    });
  }
}
