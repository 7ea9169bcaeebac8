package io.github.kubecheck.schema;

import io.github.kubecheck.model.Resource;
import java.util.List;

/**
 * A kind whose schema is arbitrary JSON Schema (a CRD's openAPIV3Schema, a --schema-location
 * file): validated with networknt's validator, the schema compiled once.
 */
final class JsonSchemaKind implements KindValidator {

  private final KindSchema schema;
  private final SchemaValidator.Compiled compiled;

  JsonSchemaKind(KindSchema schema, SchemaValidator validator) {
    this.schema = schema;
    this.compiled = validator.compile(schema);
  }

  @Override
  public List<SchemaError> validate(Resource resource) {
    return compiled.validate(resource, schema);
  }
}
