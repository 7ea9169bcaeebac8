package io.github.kubecheck.schema;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.Span;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outcome of schema validation for the input: errors per object, and objects with no schema. */
public final class SchemaReport {

  private final Map<Resource, List<SchemaError>> errors;
  private final Map<Resource, Boolean> unknown;

  SchemaReport(Map<Resource, List<SchemaError>> errors, Map<Resource, Boolean> unknown) {
    this.errors = new IdentityHashMap<>(errors);
    this.unknown = new IdentityHashMap<>(unknown);
  }

  public List<SchemaError> errors(Resource r) {
    return Optional.ofNullable(errors.get(r)).orElse(List.of());
  }

  /** Whether the object has an error of this kind at exactly this place. */
  public boolean hasErrorAt(Resource r, SchemaError.Kind kind, Span at) {
    for (SchemaError e : errors(r)) {
      if (e.kind() == kind && e.location().span().equals(at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the object has an error of this kind at this field path. */
  public boolean hasErrorAt(Resource r, SchemaError.Kind kind, String path) {
    for (SchemaError e : errors(r)) {
      if (e.kind() == kind && e.location().path().equals(path)) {
        return true;
      }
    }
    return false;
  }

  /** Whether no schema was found for the object's apiVersion and kind. */
  public boolean hasNoSchema(Resource r) {
    return unknown.containsKey(r);
  }
}
