package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.ContainerPort;
import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Service;
import io.github.kubecheck.model.Service.ServicePort;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.rules.schema.SchemaOverlap;
import java.util.List;

/** A Service port whose targetPort the selected pods do not expose. */
@RuleInfo(id = "service-target-port-missing", category = Category.REFERENCES,
    severity = Severity.ERROR,
    summary = "A Service port's targetPort is a name that no app or sidecar container of a "
        + "selected pod template declares (error), or a number that a pod template declaring "
        + "other ports does not declare (info).",
    rationale = "The endpoints controller resolves a named targetPort per pod, by name and "
        + "protocol, among the ports the app and sidecar containers declare; a pod without it "
        + "is left out of that port's endpoints, so the Service port reaches none of that "
        + "workload's pods. A numeric targetPort is sent to the pod whatever it declares "
        + "(declared ports are informational and the process may listen anyway), so a number "
        + "that the pods do not declare is reported only as info, and only for pods that "
        + "declare some ports: those that declare none say nothing either way. A port name the "
        + "API server refuses (\"8080\" quoted, upper case) is left to invalid-value while it "
        + "runs.",
    remediation = "Set targetPort to a port name or number a container of the selected pods "
        + "declares (ports[].name, ports[].containerPort, with the same protocol), or declare "
        + "the port in the container.")
public final class ServiceTargetPortMissing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Service s : Inputs.services(ctx)) {
      Resource r = s.resource();
      if (s.selector().isEmpty() || s.isExternalName()) {
        continue;
      }
      for (PodTemplate t : index.pods(r.effectiveNamespace(),
          LabelSelector.ofMap(s.selector().get()))) {
        for (ServicePort p : s.ports()) {
          check(ctx, r, p, t);
        }
      }
    }
  }

  private static void check(RuleContext ctx, Resource svc, ServicePort p, PodTemplate t) {
    String port = "port " + (p.name().isEmpty() ? String.valueOf(p.port()) : "\"" + p.name()
        + "\"");
    String field = svc.node().at(p.path() + ".targetPort").isPresent()
        ? p.path() + ".targetPort" : p.path() + ".port";
    if (!p.targetPort().isNumber()) {
      if (t.findPort(p.targetPort().text(), p.protocol()).isEmpty()
          && !SchemaOverlap.invalidValue(ctx, svc, svc.locate(field))) {
        ctx.report(svc, svc.locate(field), svc.describe() + " " + port + " targets the port "
            + "named \"" + p.targetPort().text() + "\" (" + p.protocol() + "), which no "
            + "container of " + t.owner().describe() + " declares; the endpoints controller "
            + "leaves those pods out, so this port reaches none of them.");
      }
      return;
    }
    int number = p.targetPort().number().get();
    List<ContainerPort> declared = t.containers().stream()
        .filter(c -> c.kind().longRunning()).flatMap(c -> c.declaredPorts().stream()).toList();
    if (!declared.isEmpty() && declared.stream()
        .noneMatch(d -> d.containerPort() == number && d.protocol().equals(p.protocol()))) {
      ctx.on(svc, svc.locate(field)).severity(Severity.INFO).report(svc.describe() + " " + port
          + " sends traffic to port " + number + "/" + p.protocol() + ", which no container of "
          + t.owner().describe() + " declares; it works only if the process listens there "
          + "anyway.");
    }
  }
}
