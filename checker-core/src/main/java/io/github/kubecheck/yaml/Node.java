package io.github.kubecheck.yaml;

import java.util.Optional;

/** A node of a YAML document, with the span it was read from. Immutable. */
public sealed interface Node permits MappingNode, SequenceNode, ScalarNode {

  Span span();

  /** The kind of value, in the words Kubernetes' JSON uses, for messages. */
  String typeName();

  /**
   * Follows a dotted path such as {@code spec.template.spec.containers[0].image}; an empty path is
   * this node.
   */
  default Optional<Node> at(String path) {
    return NodePath.parse(path).resolve(this);
  }

  default Optional<MappingNode> asMapping() {
    return this instanceof MappingNode m ? Optional.of(m) : Optional.empty();
  }

  default Optional<SequenceNode> asSequence() {
    return this instanceof SequenceNode s ? Optional.of(s) : Optional.empty();
  }

  default Optional<ScalarNode> asScalar() {
    return this instanceof ScalarNode s ? Optional.of(s) : Optional.empty();
  }
}
