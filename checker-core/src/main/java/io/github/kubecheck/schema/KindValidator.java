package io.github.kubecheck.schema;

import io.github.kubecheck.model.Resource;
import java.util.List;

/** Validates objects of one apiVersion and kind, ready to use: compiled once, shared by threads. */
public interface KindValidator {

  /** The errors of one object, one per problem, located at the key or value at fault. */
  List<SchemaError> validate(Resource resource);
}
