package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Probes on a port number the container does not list. */
@RuleInfo(id = "probe-port-not-declared", category = Category.RELIABILITY,
    severity = Severity.INFO,
    summary = "A probe checks a port number that its container does not list in ports.",
    rationale = "Unlike a name, a port number works whether it is declared or not: ports is "
        + "documentation for Kubernetes, not a firewall. But an undeclared probe port is often "
        + "a typo or a port the program no longer listens on, and a declared one can be named "
        + "by Services, network policies and the probe itself. Hence info, not a warning.",
    remediation = "Declare the port in the container's ports (with a name, and use that name "
        + "in the probe), or correct the number.")
public final class ProbePortNotDeclared implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ProbePorts.each(ctx, (probe, port) -> {
      if (port.number().isEmpty() || probe.container().declaredPorts().stream()
          .anyMatch(p -> p.containerPort() == port.number().get())) {
        return;
      }
      ctx.report(probe.container().pod().owner(), probe.locatePort(), ProbePorts.describe(probe)
          + " checks port " + port.number().get() + ", which the container does not declare; "
          + "declare it in ports or correct the number");
    });
  }
}
