package io.github.kubecheck.schema;

import io.github.kubecheck.yaml.Node;

/** A {@code $ref} to a named definition, bound when that definition is compiled. */
final class DefinitionRef implements ValueCheck {

  private final String name;
  private ValueCheck target;

  DefinitionRef(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  void bind(ValueCheck definition) {
    this.target = definition;
  }

  @Override
  public void check(Node value, Trail at, Walk walk) {
    target.check(value, at, walk);
  }
}
