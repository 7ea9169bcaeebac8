package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Probe;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import io.github.kubecheck.yaml.SequenceNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Liveness probes that fail exactly when readiness does. */
@RuleInfo(id = "liveness-equals-readiness", category = Category.RELIABILITY,
    severity = Severity.WARNING,
    summary = "A container's livenessProbe checks the same thing as its readinessProbe and "
        + "gives up no later.",
    rationale = "Readiness takes a busy or degraded container out of its Services until it "
        + "recovers; liveness kills it. When both run the same check and liveness gives up as "
        + "soon as readiness, every slow moment or failing dependency restarts the container "
        + "instead of draining it, and a struggling service restarts all its pods at once. "
        + "Kubernetes' own advice is to reuse the readiness endpoint for liveness only with a "
        + "higher failureThreshold, so that the pod is seen not ready for a while before it is "
        + "killed. Checks are the same when the handler and its settings are (httpGet's "
        + "default path / and scheme HTTP filled in, named ports resolved to numbers); "
        + "liveness gives up no later when periodSeconds × failureThreshold (defaults 10 and "
        + "3) is not larger than readiness's.",
    remediation = "Give liveness a cheaper check that fails only when the process is stuck, or "
        + "keep the check and raise the liveness failureThreshold (or periodSeconds) well "
        + "above readiness's.")
public final class LivenessEqualsReadiness implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      for (Container c : t.containers()) {
        var liveness = Probe.of(c, Probe.LIVENESS);
        var readiness = Probe.of(c, Probe.READINESS);
        if (liveness.isEmpty() || readiness.isEmpty() || liveness.get().handler().isEmpty()
            || !canonical(liveness.get()).equals(canonical(readiness.get()))) {
          continue;
        }
        long live = liveness.get().failureWindowSeconds();
        long ready = readiness.get().failureWindowSeconds();
        if (live <= ready) {
          ctx.report(t.owner(), liveness.get().locate(""), c.describe() + "'s livenessProbe "
              + "runs the same check as its readinessProbe and gives up as soon (after " + live
              + "s, readiness after " + ready + "s), so a busy container is restarted instead "
              + "of only taken out of its Services; use a cheaper check or a higher "
              + "failureThreshold for liveness");
        }
      }
    }
  }

  /** The handler as plain values, with the API's defaults and resolved ports. */
  private static Object canonical(Probe p) {
    return p.handler().map(h -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> settings = (Map<String, Object>) plain(h.value());
      if (h.name().equals("httpGet")) {
        settings.putIfAbsent("path", "/");
        settings.putIfAbsent("scheme", "HTTP");
      }
      p.resolvedPort().ifPresent(port -> settings.put("port", String.valueOf(port)));
      return (Object) List.of(h.name(), settings);
    }).orElse(List.of());
  }

  private static Object plain(Node n) {
    if (n instanceof MappingNode m) {
      Map<String, Object> out = new TreeMap<>();
      m.entries().forEach(e -> out.put(e.name(), plain(e.value())));
      return out;
    }
    if (n instanceof SequenceNode s) {
      return s.items().stream().map(LivenessEqualsReadiness::plain).toList();
    }
    return ((ScalarNode) n).text();
  }
}
