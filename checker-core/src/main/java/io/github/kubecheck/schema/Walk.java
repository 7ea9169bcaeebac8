package io.github.kubecheck.schema;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/** The errors one object's walk has found so far. */
final class Walk {

  private final List<SchemaError> errors = new ArrayList<>();

  void add(SchemaError e) {
    errors.add(e);
  }

  void invalidType(Node value, Trail at, String expected) {
    errors.add(SchemaMessages.invalidType(new Location(value.span(), at.path()), value, expected));
  }

  void invalidValue(Node value, Trail at, String detail) {
    errors.add(SchemaMessages.invalidValue(new Location(value.span(), at.path()), value, detail));
  }

  List<SchemaError> errors() {
    return errors;
  }
}
