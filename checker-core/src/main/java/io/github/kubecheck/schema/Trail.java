package io.github.kubecheck.schema;

import io.github.kubecheck.yaml.NodePath;
import io.github.kubecheck.yaml.Span;

/**
 * Where the walk stands: the chain of keys and indexes from the object's root, each with the span
 * that points at it (the key, or the item). The path string is made only for an error.
 */
final class Trail {

  private final Trail parent;
  private final String key;
  private final int index;
  private final Span span;

  private Trail(Trail parent, String key, int index, Span span) {
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.span = span;
  }

  static Trail root(Span span) {
    return new Trail(null, null, -1, span);
  }

  Trail child(String name, Span keySpan) {
    return new Trail(this, name, -1, keySpan);
  }

  Trail item(int i, Span itemSpan) {
    return new Trail(this, null, i, itemSpan);
  }

  boolean isRoot() {
    return parent == null;
  }

  /** The key, or the item, that leads here (the object's kind key at the root). */
  Span span() {
    return span;
  }

  /** The path of a field of the mapping here, e.g. one that is missing. */
  static String childPath(Trail at, String field) {
    return NodePath.child(at.path(), field);
  }

  String path() {
    if (parent == null) {
      return "";
    }
    String up = parent.path();
    return key != null ? NodePath.child(up, key) : NodePath.index(up, index);
  }
}
