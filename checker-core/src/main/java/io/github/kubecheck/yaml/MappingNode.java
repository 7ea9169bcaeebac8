package io.github.kubecheck.yaml;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A mapping whose keys are strings, in the order written. Duplicate keys keep the last value. */
public final class MappingNode implements Node {

  /** One key and its value. */
  public record Entry(ScalarNode key, Node value) {
    public String name() {
      return key.text();
    }
  }

  private final List<Entry> entries;
  /**
   * Most mappings have a handful of keys, which a scan finds faster than a hash lookup and
   * without building a map per mapping; larger ones get an index.
   */
  private static final int SCANNED = 8;

  private final Map<String, Entry> byKey;
  private final Span span;
  /** Computed on first use, as String does: views over a node are map keys in the engines. */
  private int hash;

  public MappingNode(List<Entry> entries, Span span) {
    this.entries = List.copyOf(entries);
    this.span = span;
    if (this.entries.size() <= SCANNED) {
      this.byKey = null;
    } else {
      Map<String, Entry> index = new HashMap<>(this.entries.size() * 2);
      for (Entry e : this.entries) {
        index.put(e.name(), e);
      }
      this.byKey = index;
    }
  }

  /** The entry of a key, the last one written when the key repeats. */
  private Entry find(String key) {
    if (byKey != null) {
      return byKey.get(key);
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (e.key().text().equals(key)) {
        return e;
      }
    }
    return null;
  }

  public static MappingNode empty(Span span) {
    return new MappingNode(List.of(), span);
  }

  @Override
  public Span span() {
    return span;
  }

  @Override
  public String typeName() {
    return "object";
  }

  public List<Entry> entries() {
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public boolean has(String key) {
    return find(key) != null;
  }

  public Optional<Node> get(String key) {
    Entry e = find(key);
    return e == null ? Optional.empty() : Optional.of(e.value());
  }

  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(find(key));
  }

  /** The value of {@code key} when it is a string (or any non-null scalar, as text). */
  public Optional<String> text(String key) {
    return get(key).flatMap(Node::asScalar).filter(s -> !s.isNull()).map(ScalarNode::text);
  }

  public Optional<MappingNode> mapping(String key) {
    return get(key).flatMap(Node::asMapping);
  }

  public Optional<SequenceNode> sequence(String key) {
    return get(key).flatMap(Node::asSequence);
  }

  public Optional<Boolean> bool(String key) {
    return get(key).flatMap(Node::asScalar).flatMap(ScalarNode::asBoolean);
  }

  /** A map of string to string such as labels; non-scalar values are left out. */
  public Map<String, String> stringMap(String key) {
    Map<String, String> out = new LinkedHashMap<>();
    mapping(key).ifPresent(m -> m.entries().forEach(e -> e.value().asScalar()
        .filter(s -> !s.isNull())
        .ifPresent(s -> out.put(e.name(), s.text()))));
    return out;
  }

  /** The span of a key when present, else of this mapping. */
  public Span keySpan(String key) {
    Entry e = find(key);
    return e == null ? span : e.key().span();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MappingNode m && m.entries.equals(entries) && m.span.equals(span);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = entries.hashCode() * 31 + span.hashCode();
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "MappingNode" + entries;
  }
}
