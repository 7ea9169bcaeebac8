package io.github.kubecheck.rules.schema;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.Suppressions;
import io.github.kubecheck.schema.SchemaAnalysis;
import io.github.kubecheck.schema.SchemaError;
import io.github.kubecheck.yaml.Span;

/**
 * Where a schema rule already tells the user about a value, so that a rule which would say the
 * same of it asks first and one problem gets one finding: the schema rule's while it runs and is
 * not suppressed on the object, the other's otherwise. {@code invalid-type} speaks for an
 * unquoted {@code yes} in a label or an annotation, or {@code on} in a string list
 * ({@code invalid-label}, {@code invalid-annotation}, {@code yaml-ambiguous-value} step back); {@code invalid-value} for a port name the API server
 * refuses ({@code "8080"}, {@code Admin_Port}), which the port-reference rules would otherwise
 * report as a port no container declares.
 */
public final class SchemaOverlap {

  private static final String INVALID_TYPE = "invalid-type";
  private static final String INVALID_VALUE = "invalid-value";

  private SchemaOverlap() {}

  /** Whether invalid-type reports the value at this span. */
  public static boolean invalidType(RuleContext ctx, Resource r, Span value) {
    return speaks(ctx, r, INVALID_TYPE)
        && ctx.analysis(SchemaAnalysis.INSTANCE)
            .hasErrorAt(r, SchemaError.Kind.INVALID_TYPE, value);
  }

  /** Whether invalid-value reports the field at this location's path. */
  public static boolean invalidValue(RuleContext ctx, Resource r, Location field) {
    return speaks(ctx, r, INVALID_VALUE)
        && ctx.analysis(SchemaAnalysis.INSTANCE)
            .hasErrorAt(r, SchemaError.Kind.INVALID_VALUE, field.path());
  }

  /** Whether invalid-kind reports this object's kind (one that is not a type name). */
  public static boolean invalidKind(RuleContext ctx, Resource r) {
    return speaks(ctx, r, "invalid-kind") && !InvalidKind.isTypeName(r.kind());
  }

  private static boolean speaks(RuleContext ctx, Resource r, String rule) {
    return ctx.isActive(rule) && !Suppressions.suppresses(r, rule);
  }
}
