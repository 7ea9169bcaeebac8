package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.HorizontalPodAutoscaler;
import io.github.kubecheck.model.Ingress;
import io.github.kubecheck.model.PodDisruptionBudget;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Service;
import io.github.kubecheck.rule.RuleContext;
import java.util.List;

/** The input's objects of the kinds the references rules judge, read as their typed views. */
final class Inputs {

  private Inputs() {}

  static List<Service> services(RuleContext ctx) {
    return ctx.manifests().ofKind("Service").stream().filter(Service::isService)
        .map(Service::of).toList();
  }

  static List<Ingress> ingresses(RuleContext ctx) {
    return ctx.manifests().ofKind("Ingress").stream().filter(Ingress::isIngress)
        .map(Ingress::of).toList();
  }

  static List<PodDisruptionBudget> budgets(RuleContext ctx) {
    return ctx.manifests().ofKind("PodDisruptionBudget").stream()
        .filter(PodDisruptionBudget::isPodDisruptionBudget).map(PodDisruptionBudget::of).toList();
  }

  static List<HorizontalPodAutoscaler> autoscalers(RuleContext ctx) {
    return ctx.manifests().ofKind("HorizontalPodAutoscaler").stream()
        .filter(HorizontalPodAutoscaler::isHorizontalPodAutoscaler)
        .map(HorizontalPodAutoscaler::of).toList();
  }

  static List<Resource> networkPolicies(RuleContext ctx) {
    return ctx.manifests().ofKind("NetworkPolicy").stream()
        .filter(r -> r.is("networking.k8s.io", "NetworkPolicy")).toList();
  }
}
