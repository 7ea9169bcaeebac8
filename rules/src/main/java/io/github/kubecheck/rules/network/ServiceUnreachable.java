package io.github.kubecheck.rules.network;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Service;
import io.github.kubecheck.netpol.Cidr;
import io.github.kubecheck.netpol.NamedPort;
import io.github.kubecheck.netpol.NetworkAnalysis;
import io.github.kubecheck.netpol.NetworkModel;
import io.github.kubecheck.netpol.PodClass;
import io.github.kubecheck.netpol.PortSet;
import io.github.kubecheck.netpol.Protocol;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;
import java.util.Optional;

/** Services whose pods the policies shut off from every other pod of the cluster. */
@RuleInfo(id = "netpol-service-unreachable", category = Category.NETWORK,
    severity = Severity.WARNING,
    summary = "No pod of the cluster can reach a Service's pods on its target port: only "
        + "addresses outside the cluster can, or nothing can.",
    rationale = "A Service exists to be connected to. When the policies let no other workload "
        + "through to its pods on the target port (the egress of every client or the ingress "
        + "of the pods blocks it), every client inside the cluster times out. Outside-only "
        + "access is what LoadBalancer and NodePort Services are for, so those are reported "
        + "only when nothing at all gets through.",
    remediation = "Allow the Service's clients in an ingress rule of the pods' policy, on the "
        + "target port (by number or by the container port's name), and in the clients' egress "
        + "if that is restricted.")
public final class ServiceUnreachable implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!NetworkInputs.present(ctx)) {
      return;
    }
    NetworkModel model = ctx.analysis(NetworkAnalysis.INSTANCE);
    for (Resource r : ctx.manifests().resources()) {
      if (!Service.isService(r)) {
        continue;
      }
      Service s = Service.of(r);
      if (s.selector().isEmpty() || s.isExternalName()) {
        continue;
      }
      LabelSelector selector = LabelSelector.ofMap(s.selector().get());
      List<PodClass> backends = model.classes().stream()
          .filter(c -> c.namespace().equals(r.effectiveNamespace())
              && selector.matches(c.labels())).toList();
      if (backends.isEmpty()) {
        continue;
      }
      boolean external = s.type().equals("LoadBalancer") || s.type().equals("NodePort");
      for (Service.ServicePort port : s.ports()) {
        Optional<Protocol> proto = Protocol.parse(port.protocol());
        if (proto.isEmpty()) {
          continue;
        }
        boolean resolved = false;
        boolean fromPods = false;
        boolean fromOutside = false;
        for (PodClass d : backends) {
          PortSet target = NamedPort.target(port.targetPort(), proto.get(), d.namedPorts());
          if (target.isEmpty()) {
            continue;
          }
          resolved = true;
          fromPods |= model.classes().stream().anyMatch(c -> !backends.contains(c)
              && model.allowed(c, d).containsAll(target));
          for (Cidr range : model.outsideRanges()) {
            fromOutside |= model.allowedFrom(range, d).containsAll(target);
          }
        }
        if (!resolved || fromPods || external && fromOutside) {
          continue;
        }
        ctx.report(r, r.locate(port.path()), r.describe() + " port " + port.port()
            + " (target port " + port.targetPort().text() + "/" + proto.get() + ") cannot be "
            + "reached from any other pod of the cluster" + (fromOutside
                ? ", only from outside it" : ", nor from outside it") + ": the policies of "
            + Pods.names(model, backends) + " or of their clients let nothing through");
      }
    }
  }
}
