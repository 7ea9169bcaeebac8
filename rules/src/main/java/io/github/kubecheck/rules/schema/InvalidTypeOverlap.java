package io.github.kubecheck.rules.schema;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.Suppressions;
import io.github.kubecheck.schema.SchemaAnalysis;
import io.github.kubecheck.schema.SchemaError;
import io.github.kubecheck.yaml.Span;

/**
 * Where {@code invalid-type} already tells the user about a value: an unquoted {@code yes} in a
 * label, {@code on} in a string list. Rules that would say the same of that value
 * ({@code invalid-label}, {@code yaml-ambiguous-value}) ask first, so one problem gets one
 * finding: invalid-type's while it runs and is not suppressed on the object (its message names
 * the YAML 1.1 reading), theirs otherwise.
 */
public final class InvalidTypeOverlap {

  private static final String INVALID_TYPE = "invalid-type";

  private InvalidTypeOverlap() {}

  public static boolean reported(RuleContext ctx, Resource r, Span value) {
    return ctx.isActive(INVALID_TYPE) && !Suppressions.suppresses(r, INVALID_TYPE)
        && ctx.analysis(SchemaAnalysis.INSTANCE)
            .hasErrorAt(r, SchemaError.Kind.INVALID_TYPE, value);
  }
}
