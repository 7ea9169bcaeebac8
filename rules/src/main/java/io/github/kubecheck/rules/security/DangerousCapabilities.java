package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.EffectiveSecurityContext;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Containers that add capabilities which give power over the node or its network. */
@RuleInfo(id = "dangerous-capabilities", category = Category.SECURITY,
    severity = Severity.ERROR,
    summary = "A container adds a dangerous Linux capability (SYS_ADMIN, NET_ADMIN, NET_RAW, "
        + "SYS_MODULE, ALL, ...).",
    rationale = "Some capabilities are close to root on the node: SYS_ADMIN allows mounts and "
        + "most kernel administration (and many container escapes), SYS_MODULE loads kernel "
        + "modules, NET_ADMIN reconfigures the pod's network and firewall, NET_RAW crafts "
        + "packets for spoofing inside the cluster network, SYS_PTRACE reads other processes' "
        + "memory, SYS_RAWIO and BPF reach the kernel directly, and ALL is every one of them. "
        + "Names count in any case and with or without a CAP_ prefix (containerd upper-cases "
        + "them before adding CAP_). The baseline Pod Security Standard forbids all of these: "
        + "while pss-baseline-capabilities or pss-restricted-capabilities runs and reports the "
        + "same add list, this rule stays silent there, so a problem is reported once. It speaks "
        + "in namespaces that enforce the privileged level (a node agent may need NET_ADMIN, "
        + "but the risk is worth a look), on objects that suppress the pss rules, or when they "
        + "are off. Windows pods are left out.",
    remediation = "Remove the capability from securityContext.capabilities.add. If the program "
        + "truly needs it, run it in a namespace meant for node agents and document why with a "
        + "kubecheck.io/ignore-reason annotation.",
    params = @RuleParam(name = "capabilities",
        defaultValue = "ALL,SYS_ADMIN,NET_ADMIN,NET_RAW,SYS_MODULE,SYS_PTRACE,SYS_RAWIO,BPF",
        description = "Capabilities that are reported when added, without the CAP_ prefix."))
public final class DangerousCapabilities implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Set<String> dangerous = ctx.listParam("capabilities").stream()
        .map(DangerousCapabilities::normalize).collect(Collectors.toUnmodifiableSet());
    for (PodTemplate t : LinuxPods.of(ctx)) {
      for (Container c : t.containers()) {
        List<String> found = new ArrayList<>();
        for (String cap : EffectiveSecurityContext.of(c).addedCapabilities()) {
          if (dangerous.contains(normalize(cap)) && !found.contains(cap)) {
            found.add(cap);
          }
        }
        Location at = c.locate("securityContext.capabilities.add");
        if (found.isEmpty() || PodSecurityOverlap.reported(ctx, t, at,
            "pss-baseline-capabilities", DropAllCapabilities.PSS_RULE)) {
          continue;
        }
        ctx.report(t.owner(), at, c.describe() + " adds "
            + (found.size() == 1 ? "the dangerous capability " : "the dangerous capabilities ")
            + found.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "))
            + "; remove " + (found.size() == 1 ? "it" : "them") + " from "
            + "securityContext.capabilities.add");
      }
    }
  }

  private static String normalize(String cap) {
    String upper = cap.strip().toUpperCase(Locale.ROOT);
    return upper.startsWith("CAP_") ? upper.substring(4) : upper;
  }
}
