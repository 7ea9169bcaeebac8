package io.github.kubecheck.rules.schema;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Names;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.NodePath;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Annotation keys the API server refuses, non-string values, and annotations over 256 KiB. */
@RuleInfo(id = "invalid-annotation", category = Category.SCHEMA, severity = Severity.ERROR,
    summary = "An annotation key breaks Kubernetes' key syntax, a value is not a string, or all "
        + "annotations of an object together exceed 256 KiB.",
    rationale = "The API server validates annotation keys like label keys, takes only string "
        + "values, and refuses objects whose annotations total more than 262144 bytes "
        + "(a common failure of kubectl apply's last-applied-configuration on big objects). A "
        + "value that is not a string is left to invalid-type while that rule runs.",
    remediation = "Fix the key, quote the value, or move large content into a ConfigMap (and use "
        + "server-side apply for very large objects).")
public final class InvalidAnnotation implements Rule {

  private static final int MAX_TOTAL_BYTES = 256 * 1024;

  @Override
  public void check(RuleContext ctx) {
    for (Resource r : ctx.manifests().resources()) {
      r.metadata().mapping("annotations").ifPresent(a -> check(ctx, r, a));
    }
  }

  private static void check(RuleContext ctx, Resource r, MappingNode annotations) {
    long total = 0;
    for (MappingNode.Entry e : annotations.entries()) {
      String at = NodePath.child("metadata.annotations", e.name());
      List<String> keyErrors = Names.qualifiedName(e.name());
      if (!keyErrors.isEmpty()) {
        ctx.report(r, new Location(e.key().span(), at), "annotation key \"" + e.name()
            + "\" is invalid: " + String.join("; ", keyErrors));
      }
      var value = e.value().asScalar();
      if ((value.isEmpty() || !value.get().isString() && !value.get().isNull())
          && !SchemaOverlap.invalidType(ctx, r, e.value().span())) {
        ctx.report(r, new Location(e.value().span(), at), "annotation \"" + e.name()
            + "\" must have a string value, not " + e.value().typeName()
            + (value.isPresent() ? "; quote it (\"" + value.get().text() + "\")" : ""));
      }
      total += e.name().getBytes(StandardCharsets.UTF_8).length
          + value.map(v -> v.text().getBytes(StandardCharsets.UTF_8).length).orElse(0);
    }
    if (total > MAX_TOTAL_BYTES) {
      ctx.report(r, r.locate("metadata.annotations"), "annotations total " + total
          + " bytes, over the API server's limit of " + MAX_TOTAL_BYTES + " bytes");
    }
  }
}
