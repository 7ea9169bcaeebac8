package io.github.kubecheck.schema;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code type: object}: its properties, the required ones, and what other keys may hold
 * ({@code additionalProperties}: nothing for a strict API type, a schema for a map such as
 * labels). A null value counts as absent, as it does on its way to the API server.
 */
final class ObjectCheck implements ValueCheck {

  private static final String EXPECTED = SchemaMessages.expected(List.of("object"));

  private final String owner;
  private final Map<String, ValueCheck> properties;
  private final List<String> known;
  private final List<String> required;
  private final ValueCheck additional;

  /**
   * @param owner the API type named in messages
   * @param additional the schema of other keys' values, or null when other keys are unknown fields
   */
  ObjectCheck(String owner, Map<String, ValueCheck> properties, List<String> required,
      ValueCheck additional) {
    this.owner = owner;
    this.properties = new HashMap<>(properties);
    List<String> names = new ArrayList<>(properties.keySet());
    names.sort(String.CASE_INSENSITIVE_ORDER);
    this.known = List.copyOf(names);
    this.required = List.copyOf(required);
    this.additional = additional;
  }

  @Override
  public void check(Node value, Trail at, Walk walk) {
    if (!(value instanceof MappingNode m)) {
      walk.invalidType(value, at, EXPECTED);
      return;
    }
    List<String> unknown = null;
    for (MappingNode.Entry e : m.entries()) {
      if (e.value() instanceof ScalarNode s && s.isNull() || isShadowed(m, e)) {
        continue;
      }
      String name = e.name();
      ValueCheck check = properties.get(name);
      if (check == null && additional == null) {
        Trail field = at.child(name, e.key().span());
        walk.add(SchemaMessages.unknownField(e.key().span(), field.path(), name, owner, known));
        unknown = unknown == null ? new ArrayList<>() : unknown;
        unknown.add(name);
        continue;
      }
      (check != null ? check : additional).check(e.value(), at.child(name, e.key().span()), walk);
    }
    for (String field : required) {
      if (isAbsent(m, field) && !Cascades.explainedByUnknown(field, unknown)) {
        walk.add(SchemaMessages.missing(at.span(), Trail.childPath(at, field), field, owner));
      }
    }
  }

  /** A duplicate key: only the last value counts, as for the API server. */
  private static boolean isShadowed(MappingNode m, MappingNode.Entry e) {
    return m.entry(e.name()).orElse(e) != e;
  }

  private static boolean isAbsent(MappingNode m, String field) {
    return m.get(field).map(v -> v instanceof ScalarNode s && s.isNull()).orElse(true);
  }
}
