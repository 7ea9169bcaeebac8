package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A workload whose selector does not select its own pods. */
@RuleInfo(id = "selector-mismatch", category = Category.REFERENCES, severity = Severity.ERROR,
    summary = "A Deployment, ReplicaSet, StatefulSet, DaemonSet, ReplicationController or Job "
        + "(with manualSelector) has a selector that does not match its own pod template's "
        + "labels, or an empty one.",
    rationale = "The API server refuses it: spec.template.metadata.labels: Invalid value: "
        + "`selector` does not match template `labels` (and for an empty apps/v1 selector: "
        + "empty selector is invalid for deployment, daemonset or statefulset). A "
        + "ReplicationController's empty selector defaults to the template's labels, and a "
        + "Job's selector is generated unless manualSelector is true, so those are fine.",
    remediation = "Make the template's labels include every label the selector requires (and "
        + "satisfy its matchExpressions), or narrow the selector to labels the template has.")
public final class SelectorMismatch implements Rule {

  private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

  @Override
  public void check(RuleContext ctx) {
    for (Resource r : ctx.manifests().resources()) {
      switch (r.group() + "/" + r.kind()) {
        case "apps/Deployment", "apps/ReplicaSet", "apps/StatefulSet", "apps/DaemonSet" ->
            labelSelector(ctx, r, "spec", true);
        case "/ReplicationController" -> mapSelector(ctx, r);
        case "batch/Job" -> {
          if (r.spec().bool("manualSelector").orElse(false)) {
            labelSelector(ctx, r, "spec", false);
          }
        }
        case "batch/CronJob" -> {
          if (r.node().at("spec.jobTemplate.spec.manualSelector").flatMap(Node::asScalar)
              .flatMap(s -> s.asBoolean()).orElse(false)) {
            labelSelector(ctx, r, "spec.jobTemplate.spec", false);
          }
        }
        default -> { }
      }
    }
  }

  private static void labelSelector(RuleContext ctx, Resource r, String spec,
      boolean emptyInvalid) {
    Optional<MappingNode> node = r.node().at(spec + ".selector").flatMap(Node::asMapping);
    if (node.isEmpty()) {
      return;
    }
    LabelSelector selector = LabelSelector.of(node.get());
    if (selector.matchExpressions().stream().anyMatch(e -> !OPERATORS.contains(e.operator()))) {
      return;
    }
    if (selector.isEmpty()) {
      if (emptyInvalid) {
        ctx.report(r, r.locate(spec + ".selector"), r.describe() + " has an empty selector; "
            + "the API server refuses it (empty selector is invalid for "
            + (r.kind().equals("ReplicaSet") ? "deployment" : r.kind().toLowerCase(Locale.ROOT))
            + ").");
      }
      return;
    }
    Map<String, String> labels = templateLabels(r, spec);
    if (!selector.matches(labels)) {
      report(ctx, r, spec);
    }
  }

  private static void mapSelector(RuleContext ctx, Resource r) {
    Map<String, String> selector = r.spec().stringMap("selector");
    if (!selector.isEmpty() && !LabelSelector.ofMap(selector).matches(templateLabels(r, "spec"))) {
      report(ctx, r, "spec");
    }
  }

  private static Map<String, String> templateLabels(Resource r, String spec) {
    return r.node().at(spec + ".template.metadata").flatMap(Node::asMapping)
        .map(m -> m.stringMap("labels")).orElse(Map.of());
  }

  private static void report(RuleContext ctx, Resource r, String spec) {
    ctx.report(r, r.locate(spec + ".template.metadata.labels"), r.describe() + ": the selector "
        + "does not match the pod template's labels; the API server refuses it (`selector` "
        + "does not match template `labels`).");
  }
}
