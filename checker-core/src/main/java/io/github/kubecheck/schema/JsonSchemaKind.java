package io.github.kubecheck.schema;

import io.github.kubecheck.model.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * A kind whose schema is arbitrary JSON Schema (a CRD's openAPIV3Schema, a --schema-location
 * file): validated with networknt's validator, the schema compiled once, then its
 * x-kubernetes-validations rules evaluated with CEL where it has any.
 */
final class JsonSchemaKind implements KindValidator {

  private final KindSchema schema;
  private final SchemaValidator.Compiled compiled;
  private final CelValidation cel;

  JsonSchemaKind(KindSchema schema, SchemaValidator validator) {
    this.schema = schema;
    this.compiled = validator.compile(schema);
    this.cel = CelValidation.of(schema);
  }

  @Override
  public List<SchemaError> validate(Resource resource) {
    List<SchemaError> errors = compiled.validate(resource, schema);
    if (cel == null) {
      return errors;
    }
    List<SchemaError> all = new ArrayList<>(errors);
    all.addAll(cel.validate(resource, errors));
    return all;
  }
}
