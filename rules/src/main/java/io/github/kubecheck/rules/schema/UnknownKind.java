package io.github.kubecheck.rules.schema;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.schema.SchemaAnalysis;
import io.github.kubecheck.schema.SchemaReport;
import io.github.kubecheck.schemas.ApiLifecycle;

/** An apiVersion and kind for which there is no schema, so the object was not validated. */
@RuleInfo(id = "unknown-kind", category = Category.SCHEMA, severity = Severity.WARNING,
    summary = "No schema is known for the object's apiVersion and kind: not a built-in kind of "
        + "the chosen Kubernetes version, and no CustomResourceDefinition in the input or the "
        + "cluster file defines it.",
    rationale = "An object kubecheck cannot validate may be refused by the cluster (\"no matches "
        + "for kind\") or carry typos nobody sees. Custom resources validate when their CRD is in "
        + "the input, the --cluster file or a --schema-location folder.",
    remediation = "Check the apiVersion and kind, add the CRD to the input or --cluster file, "
        + "or pass its schema with --schema-location; set this rule to off (or error) in "
        + ".kubecheck.yaml to ignore (or enforce) unknown kinds.")
public final class UnknownKind implements Rule {

  @Override
  public void check(RuleContext ctx) {
    SchemaReport report = ctx.analysis(SchemaAnalysis.INSTANCE);
    for (Resource r : ctx.manifests().resources()) {
      if (SchemaOverlap.invalidKind(ctx, r)) {
        continue; // one finding per problem: invalid-kind says what is wrong with it
      }
      if (report.hasNoSchema(r) && ApiLifecycle.status(r.apiVersion(), r.kind(),
          ctx.kubeVersion()).state() != ApiLifecycle.State.REMOVED) {
        ctx.report(r, r.locate("kind"), "no schema for " + r.kind() + " in " + r.apiVersion()
            + " (Kubernetes " + ctx.kubeVersion() + ", CRDs in the input and the cluster)");
      }
    }
  }
}
