package io.github.kubecheck.schema;

import io.github.kubecheck.yaml.Node;

/** The empty schema: any value (free-form JSON such as a CRD's default). */
enum AnyValue implements ValueCheck {
  INSTANCE;

  @Override
  public void check(Node value, Trail at, Walk walk) {}
}
