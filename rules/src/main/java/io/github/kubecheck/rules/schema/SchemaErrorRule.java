package io.github.kubecheck.rules.schema;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.schema.SchemaAnalysis;
import io.github.kubecheck.schema.SchemaError;
import io.github.kubecheck.schema.SchemaReport;

/** Reports the schema errors of one kind; each subclass is one rule. */
abstract class SchemaErrorRule implements Rule {

  private final SchemaError.Kind kind;

  SchemaErrorRule(SchemaError.Kind kind) {
    this.kind = kind;
  }

  @Override
  public final void check(RuleContext ctx) {
    SchemaReport report = ctx.analysis(SchemaAnalysis.INSTANCE);
    for (Resource r : ctx.manifests().resources()) {
      for (SchemaError e : report.errors(r)) {
        if (e.kind() == kind) {
          ctx.on(r, e.location()).remediation(e.remediation()).report(e.message());
        }
      }
    }
  }
}
