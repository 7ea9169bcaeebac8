package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.IntOrString;
import io.github.kubecheck.model.Ingress;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Service;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.references.Target;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.Optional;
import java.util.stream.Collectors;

/** An Ingress backend naming a port its Service does not have. */
@RuleInfo(id = "ingress-service-port-missing", category = Category.REFERENCES,
    severity = Severity.ERROR,
    summary = "An Ingress backend's port (port.number, or port.name) is not a port of the "
        + "Service it names.",
    rationale = "Ingress controllers look the backend port up among the Service's ports: "
        + "port.number must equal a Service port's `port` (not its targetPort), port.name a "
        + "Service port's `name`. With no such port the controller cannot route the requests. "
        + "ExternalName Services have no port list, so they are not checked.",
    remediation = "Use one of the Service's ports (its `port` number or its `name`) in the "
        + "backend, or add the port to the Service.")
public final class IngressServicePortMissing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Ingress ingress : Inputs.ingresses(ctx)) {
      Resource r = ingress.resource();
      for (Ingress.Backend b : ingress.backends()) {
        Optional<Resource> found = index.find(Target.core("Service", r.effectiveNamespace(),
            b.service()));
        if (found.isEmpty() || b.port().isEmpty()) {
          continue;
        }
        Service s = Service.of(found.get());
        IntOrString port = b.port().get();
        boolean known = port.isNumber()
            ? s.ports().stream().anyMatch(p -> p.port() == port.number().get())
            : s.ports().stream().anyMatch(p -> p.name().equals(port.text()));
        if (!known && !s.isExternalName()) {
          String ports = s.ports().stream()
              .map(p -> p.name().isEmpty() ? String.valueOf(p.port()) : p.name() + " " + p.port())
              .collect(Collectors.joining(", "));
          ctx.report(r, ingress.locate(b, b.portField()), r.describe() + " routes to port "
              + (port.isNumber() ? port.number().get() : "\"" + port.text() + "\"") + " of "
              + found.get().describe() + ", which has no such port"
              + (ports.isEmpty() ? " (it has none)" : " (it has " + ports + ")")
              + "; the controller cannot route these requests.");
        }
      }
    }
  }
}
