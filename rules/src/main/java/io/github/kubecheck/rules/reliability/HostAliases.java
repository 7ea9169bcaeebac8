package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;

/** Pods that pin host names to addresses in /etc/hosts. */
@RuleInfo(id = "host-aliases", category = Category.RELIABILITY, severity = Severity.WARNING,
    summary = "A pod spec sets hostAliases.",
    rationale = "hostAliases writes fixed name-to-address entries into the pod's /etc/hosts, "
        + "ahead of cluster DNS. When the address behind the name moves (a new load balancer, "
        + "a failover, a migrated database) the pods keep calling the old one until their "
        + "manifests change, and the override is invisible to anyone debugging DNS. It can "
        + "also quietly redirect a trusted name to another address.",
    remediation = "Remove hostAliases and resolve the name through DNS: a Service (an "
        + "ExternalName Service, or one without selector and with an EndpointSlice for an "
        + "outside address), or a record in your DNS zone.")
public final class HostAliases implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      t.spec().sequence("hostAliases").filter(s -> s.size() > 0).ifPresent(s -> {
        List<String> names = s.mappings().flatMap(a -> a.sequence("hostnames").stream())
            .flatMap(h -> h.texts().stream()).toList();
        ctx.report(t.owner(), t.locateInSpec("hostAliases"), "pod spec sets hostAliases, which "
            + "pins " + (names.isEmpty() ? "host names" : String.join(", ", names)) + " to "
            + "fixed addresses in /etc/hosts; resolve them through DNS or a Service instead");
      });
    }
  }
}
