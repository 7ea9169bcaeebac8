package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Containers that mount a hostPath volume without readOnly. */
@RuleInfo(id = "writable-host-path", category = Category.SECURITY, severity = Severity.WARNING,
    summary = "A container mounts a hostPath volume writable (its volumeMount lacks readOnly: "
        + "true).",
    rationale = "A writable host folder lets the container change files on the node: plant "
        + "binaries or configuration that the node or other pods later run, fill the node's "
        + "disk, or tamper with what other workloads read. A volumeMount is writable unless it "
        + "sets readOnly: true, whatever the hostPath type. Every container kind counts, "
        + "ephemeral containers included. The baseline Pod Security Standard forbids every "
        + "hostPath volume: while pss-baseline-host-path-volumes runs and reports the volume, "
        + "this rule stays silent on its mounts, so a problem is reported once; it speaks where "
        + "that rule does not, typically in a namespace that enforces the privileged level.",
    remediation = "Set readOnly: true on the volumeMount; if the container must write, write to "
        + "an emptyDir or a persistent volume instead of the node's folder.")
public final class WritableHostPath implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      Map<String, HostPathVolume> byName = HostPathVolume.of(t).stream().collect(
          Collectors.toMap(HostPathVolume::name, Function.identity(), (a, b) -> b));
      if (byName.isEmpty()) {
        continue;
      }
      for (Container c : t.containers()) {
        var mounts = c.node().sequence("volumeMounts");
        for (int i = 0; mounts.isPresent() && i < mounts.get().size(); i++) {
          Optional<MappingNode> m = mounts.get().get(i).flatMap(Node::asMapping);
          Optional<HostPathVolume> v = m.flatMap(x -> x.text("name")).map(byName::get);
          if (v.isEmpty() || m.get().bool("readOnly").orElse(false)
              || v.get().reportedByPodSecurity(ctx)) {
            continue;
          }
          ctx.report(t.owner(), c.locate("volumeMounts[" + i + "]"
              + (m.get().has("readOnly") ? ".readOnly" : "")), c.describe() + " mounts the host "
              + "folder " + v.get().path() + " (volume \"" + v.get().name() + "\") writable at "
              + m.get().text("mountPath").orElse("?") + "; set readOnly: true on the "
              + "volumeMount");
        }
      }
    }
  }
}
