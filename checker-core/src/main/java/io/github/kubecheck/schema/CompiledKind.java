package io.github.kubecheck.schema;

import io.github.kubecheck.model.Resource;
import java.util.List;

/** A bundled Kubernetes kind: its definition's compiled checks walked over the object's nodes. */
record CompiledKind(ValueCheck root) implements KindValidator {

  @Override
  public List<SchemaError> validate(Resource resource) {
    Walk walk = new Walk();
    root.check(resource.node(), Trail.root(resource.whole().span()), walk);
    return walk.errors();
  }
}
