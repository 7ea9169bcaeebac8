package io.github.kubecheck.rules.schema;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Names;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Workloads;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.NodePath;
import java.util.List;

/** Label keys and values that the API server refuses, on objects and pod templates. */
@RuleInfo(id = "invalid-label", category = Category.SCHEMA, severity = Severity.ERROR,
    summary = "A label key or value breaks Kubernetes' label syntax, or a label value is not a "
        + "string.",
    rationale = "The API server refuses objects whose labels are not valid: keys are an optional "
        + "DNS subdomain prefix and a name of at most 63 characters, values at most 63 "
        + "alphanumeric characters with '-', '_' or '.' inside. Unquoted true, 1 or yes are not "
        + "strings and are refused too. A value that is not a string is left to invalid-type "
        + "while that rule runs, so it is reported once.",
    remediation = "Shorten or rename the key or value to fit the syntax; quote values that look "
        + "like numbers or booleans.")
public final class InvalidLabel implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Resource r : ctx.manifests().resources()) {
      r.metadata().mapping("labels").ifPresent(l -> checkLabels(ctx, r, l, "metadata.labels"));
      Workloads.podTemplate(r).filter(t -> !t.path().isEmpty()).ifPresent(t ->
          t.metadata().mapping("labels").ifPresent(l -> checkLabels(ctx, r, l, labelsPath(t))));
    }
  }

  private static String labelsPath(PodTemplate t) {
    return t.path() + ".metadata.labels";
  }

  private static void checkLabels(RuleContext ctx, Resource r, MappingNode labels, String path) {
    for (MappingNode.Entry e : labels.entries()) {
      String at = NodePath.child(path, e.name());
      List<String> keyErrors = Names.qualifiedName(e.name());
      if (!keyErrors.isEmpty()) {
        ctx.report(r, new Location(e.key().span(), at), "label key \"" + e.name()
            + "\" is invalid: " + String.join("; ", keyErrors));
      }
      var value = e.value().asScalar();
      if (value.isEmpty() || !value.get().isString() && !value.get().isNull()) {
        if (SchemaOverlap.invalidType(ctx, r, e.value().span())) {
          continue;
        }
        ctx.report(r, new Location(e.value().span(), at), "label \"" + e.name()
            + "\" must have a string value, not " + e.value().typeName()
            + (value.isPresent() ? "; quote it (\"" + value.get().text() + "\")" : ""));
        continue;
      }
      List<String> valueErrors = Names.labelValue(value.get().isNull() ? "" : value.get().text());
      if (!valueErrors.isEmpty()) {
        ctx.report(r, new Location(e.value().span(), at), "label \"" + e.name() + "\" value \""
            + value.get().text() + "\" is invalid: " + String.join("; ", valueErrors));
      }
    }
  }
}
