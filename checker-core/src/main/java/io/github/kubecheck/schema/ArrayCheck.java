package io.github.kubecheck.schema;

import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.SequenceNode;
import java.util.List;

/** {@code type: array} with its items' schema. */
record ArrayCheck(ValueCheck items) implements ValueCheck {

  private static final String EXPECTED = SchemaMessages.expected(List.of("array"));

  @Override
  public void check(Node value, Trail at, Walk walk) {
    if (!(value instanceof SequenceNode s)) {
      walk.invalidType(value, at, EXPECTED);
      return;
    }
    List<Node> list = s.items();
    for (int i = 0; i < list.size(); i++) {
      Node item = list.get(i);
      items.check(item, at.item(i, item.span()), walk);
    }
  }
}
