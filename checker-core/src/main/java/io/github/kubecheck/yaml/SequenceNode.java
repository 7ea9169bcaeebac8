package io.github.kubecheck.yaml;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A sequence of nodes. */
public record SequenceNode(List<Node> items, Span span) implements Node {

  public SequenceNode {
    items = List.copyOf(items);
  }

  @Override
  public String typeName() {
    return "array";
  }

  public int size() {
    return items.size();
  }

  public Optional<Node> get(int index) {
    return index >= 0 && index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
  }

  public Stream<MappingNode> mappings() {
    return items.stream().flatMap(n -> n.asMapping().stream());
  }

  /** The scalar items as text, nulls left out. */
  public List<String> texts() {
    return items.stream().flatMap(n -> n.asScalar().stream())
        .filter(s -> !s.isNull()).map(ScalarNode::text).toList();
  }
}
