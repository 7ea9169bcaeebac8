package io.github.kubecheck.rules.scheduling;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.scheduler.DaemonSetGap;
import io.github.kubecheck.scheduler.Schedule;
import io.github.kubecheck.scheduler.SchedulingAnalysis;
import io.github.kubecheck.scheduler.SimPod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nodes a DaemonSet runs no pod on. */
@RuleInfo(id = "daemonset-not-on-all-nodes", category = Category.SCHEDULING,
    severity = Severity.WARNING,
    summary = "A DaemonSet would run no pod on some nodes of the cluster.",
    rationale = "The DaemonSet controller creates a pod only on nodes whose labels its node "
        + "affinity matches and whose NoSchedule and NoExecute taints it tolerates (beyond the "
        + "node-condition taints it tolerates by itself), and the scheduler may still find no "
        + "room for it there. Node agents (log shippers, CNI, monitoring) missing from a node "
        + "leave that node unmonitored or without networking.",
    remediation = "Add tolerations for the nodes' taints (or operator: Exists to run "
        + "everywhere), widen the node selector, or make room on the nodes; if the gap is "
        + "intended, suppress the rule on the DaemonSet.",
    params = @RuleParam(name = "ignoredTaints",
        defaultValue = "node-role.kubernetes.io/control-plane,node-role.kubernetes.io/master",
        description = "Taint keys whose nodes a DaemonSet may skip without a finding: by "
            + "default the control-plane taints, which most node agents leave alone on "
            + "purpose."))
public final class DaemonSetNotOnAllNodes implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Schedule s = ctx.analysis(SchedulingAnalysis.INSTANCE);
    List<String> ignored = ctx.listParam("ignoredTaints");
    Map<Resource, List<String>> missing = new LinkedHashMap<>();
    for (DaemonSetGap g : s.daemonSetGaps()) {
      if (g.taintKey().map(ignored::contains).orElse(false)) {
        continue;
      }
      missing.computeIfAbsent(g.daemonSet(), k -> new ArrayList<>())
          .add(g.node() + " (" + g.reason() + ")");
    }
    for (SimPod p : s.pods()) {
      if (p.workload().kind().equals("DaemonSet") && s.failure(p).isPresent()) {
        String node = p.nodeAffinity().required().flatMap(t -> t.stream().findFirst())
            .flatMap(t -> t.matchFields().stream().findFirst())
            .map(f -> String.join(",", f.values())).orElse("?");
        missing.computeIfAbsent(p.workload(), k -> new ArrayList<>())
            .add(node + " (" + s.failure(p).get().message() + ")");
      }
    }
    for (Map.Entry<Resource, List<String>> e : missing.entrySet()) {
      Resource ds = e.getKey();
      ctx.report(ds, ds.locate("spec.template"), ds.describe() + " runs no pod on "
          + Pods.count(e.getValue().size(), "node") + " of " + s.nodeCount() + ": "
          + String.join("; ", e.getValue()));
    }
  }
}
