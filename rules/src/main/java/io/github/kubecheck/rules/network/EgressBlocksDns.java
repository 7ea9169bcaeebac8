package io.github.kubecheck.rules.network;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Service;
import io.github.kubecheck.netpol.Cidr;
import io.github.kubecheck.netpol.Direction;
import io.github.kubecheck.netpol.NamedPort;
import io.github.kubecheck.netpol.NetworkAnalysis;
import io.github.kubecheck.netpol.NetworkModel;
import io.github.kubecheck.netpol.NetworkPolicy;
import io.github.kubecheck.netpol.PodClass;
import io.github.kubecheck.netpol.PortSet;
import io.github.kubecheck.netpol.Protocol;
import io.github.kubecheck.netpol.Workload;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Egress rules that leave out cluster DNS while allowing other traffic. */
@RuleInfo(id = "netpol-egress-blocks-dns", category = Category.NETWORK,
    severity = Severity.WARNING,
    summary = "A workload's egress is restricted and allows some traffic, but not DNS (UDP and "
        + "TCP) to the cluster's kube-dns pods.",
    rationale = "Once a policy isolates a pod for egress, only what its rules allow gets out, "
        + "DNS included. Pods reach services by name, so without UDP 53 to kube-dns every "
        + "lookup times out; without TCP 53, answers too large for UDP fail. The allowed "
        + "traffic is then unusable in practice.",
    remediation = "Add an egress rule to the kube-dns pods: to: [{namespaceSelector: "
        + "{matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: "
        + "{matchLabels: {k8s-app: kube-dns}}}] with ports 53/UDP and 53/TCP.")
public final class EgressBlocksDns implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!NetworkInputs.present(ctx)) {
      return;
    }
    NetworkModel model = ctx.analysis(NetworkAnalysis.INSTANCE);
    Optional<Resource> dnsService = ctx.facts().cluster().find("", "Service", "kube-system",
        "kube-dns");
    if (dnsService.isEmpty()) {
      return;
    }
    Service dns = Service.of(dnsService.get());
    List<PodClass> dnsPods = model.classes().stream().filter(c -> c.namespace()
        .equals("kube-system") && dns.selector().isPresent()
        && LabelSelector.ofMap(dns.selector().get()).matches(c.labels())).toList();
    if (dnsPods.isEmpty()) {
      return;
    }
    String dnsName = Pods.names(model, dnsPods);
    Map<String, Problem> problems = new LinkedHashMap<>();
    Set<PodClass> seen = new HashSet<>();
    for (Workload w : model.workloads()) {
      for (PodTemplate t : w.templates()) {
        Optional<PodClass> c = model.classOf(t.owner());
        if (!model.isInput(t.owner()) || c.isEmpty() || !seen.add(c.get())) {
          continue;
        }
        List<String> missing = missing(model, c.get(), dns, dnsPods);
        if (missing.isEmpty() || !egressAllowed(model, c.get())) {
          continue;
        }
        Optional<NetworkPolicy> cause = model.isolating(c.get(), Direction.EGRESS).stream()
            .filter(p -> model.isInput(p.resource())).findFirst();
        Resource at = cause.map(NetworkPolicy::resource).orElse(t.owner());
        Location loc = cause.map(p -> p.resource().locate(p.resource().spec().has("egress")
            ? "spec.egress" : "spec.policyTypes")).orElse(t.whole());
        String key = loc.span() + "|" + missing;
        problems.computeIfAbsent(key, k -> new Problem(at, loc, cause, missing))
            .classes.add(c.get());
      }
    }
    for (Problem p : problems.values()) {
      String who = Pods.names(model, p.classes);
      String what = p.missing.size() == 2 ? "allows them no DNS: " + String.join(" and ",
          p.missing) + " to " + dnsName + " are blocked, so name lookups fail"
          : "blocks " + p.missing.get(0) + " to " + dnsName + (p.missing.get(0).startsWith("TCP")
              ? ", so DNS answers too large for UDP fail" : ", so name lookups fail");
      String subject = p.cause.map(c -> "NetworkPolicy " + c.name() + " restricts the egress of "
          + who).orElse("the egress of " + who + " is restricted");
      ctx.report(p.at, p.loc, subject + " and " + what);
    }
  }

  private static final class Problem {
    final Resource at;
    final Location loc;
    final Optional<NetworkPolicy> cause;
    final List<String> missing;
    final Set<PodClass> classes = new java.util.LinkedHashSet<>();

    Problem(Resource at, Location loc, Optional<NetworkPolicy> cause, List<String> missing) {
      this.at = at;
      this.loc = loc;
      this.cause = cause;
      this.missing = missing;
    }
  }

  /** "UDP/53", "TCP/53": the DNS ports the class cannot send to on any kube-dns pod. */
  private static List<String> missing(NetworkModel model, PodClass from, Service dns,
      List<PodClass> dnsPods) {
    List<String> out = new ArrayList<>();
    for (Protocol proto : List.of(Protocol.UDP, Protocol.TCP)) {
      boolean any = false;
      boolean reached = false;
      for (Service.ServicePort sp : dns.ports()) {
        if (!sp.protocol().equals(proto.name())) {
          continue;
        }
        for (PodClass d : dnsPods) {
          PortSet target = NamedPort.target(sp.targetPort(), proto, d.namedPorts());
          any |= !target.isEmpty();
          reached |= !target.isEmpty() && model.egress(from, d).containsAll(target);
        }
      }
      if (any && !reached) {
        out.add(proto.name() + "/53");
      }
    }
    return out;
  }

  /** Whether the class may send anything at all, to a pod or an outside range. */
  private static boolean egressAllowed(NetworkModel model, PodClass c) {
    for (PodClass d : model.classes()) {
      if (!model.egress(c, d).isEmpty()) {
        return true;
      }
    }
    for (Cidr r : model.outsideRanges()) {
      if (!model.egress(c, r).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
