package io.github.kubecheck.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled definitions of one Kubernetes version compiled into {@link ValueCheck} trees, once.
 * The bundled schemas are the generator's draft-07 subset (type, properties, required,
 * additionalProperties, items, $ref, the quantity, int-or-string, int-or-percent, int-or-port and
 * byte formats); anything else is refused when compiling, so a generator change cannot be
 * silently ignored.
 */
final class CompiledDefinitions {

  private static final String PREFIX = "#/definitions/";
  private static final Set<String> KEYWORDS = Set.of("type", "properties", "required",
      "additionalProperties", "items", "$ref", "format", "description");
  private static final Set<String> FORMATS = Set.of("quantity", "int-or-string", "byte",
      "int-or-percent", "int-or-port");

  private final JsonNode definitions;
  private final Map<String, DefinitionRef> refs = new HashMap<>();
  private final Map<String, ValueCheck> compiled = new HashMap<>();
  private final Deque<String> pending = new ArrayDeque<>();

  /** Nothing is compiled yet: a run compiles what its kinds reach, on first use. */
  CompiledDefinitions(JsonNode definitions) {
    this.definitions = definitions;
  }

  /**
   * The named definition compiled, with every definition it reaches. Under the lock, so a
   * check handed out is complete (its references bound) before any thread walks it.
   */
  synchronized Optional<ValueCheck> definition(String name) {
    if (!definitions.has(name)) {
      return Optional.empty();
    }
    pending.add(name);
    while (!pending.isEmpty()) {
      String next = pending.poll();
      if (!compiled.containsKey(next)) {
        ValueCheck c = compile(definitions.get(next), next);
        compiled.put(next, c);
        refs.computeIfAbsent(next, DefinitionRef::new).bind(c);
      }
    }
    return Optional.of(compiled.get(name));
  }

  private ValueCheck compile(JsonNode schema, String owner) {
    schema.fieldNames().forEachRemaining(k -> {
      if (!KEYWORDS.contains(k)) {
        throw new IllegalArgumentException("unsupported keyword " + k + " in " + owner);
      }
    });
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      String target = ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : "";
      if (!definitions.has(target)) {
        throw new IllegalArgumentException("unresolved $ref " + ref + " in " + owner);
      }
      if (!compiled.containsKey(target)) {
        pending.add(target);
      }
      return refs.computeIfAbsent(target, DefinitionRef::new);
    }
    List<String> types = types(schema.get("type"));
    if (types.isEmpty()) {
      return AnyValue.INSTANCE;
    }
    String format = schema.path("format").asText("");
    if (!format.isEmpty() && !FORMATS.contains(format)) {
      throw new IllegalArgumentException("unsupported format " + format + " in " + owner);
    }
    if (types.equals(List.of("object"))) {
      return object(schema, owner);
    }
    if (types.equals(List.of("array"))) {
      return new ArrayCheck(schema.has("items") ? compile(schema.get("items"), owner)
          : AnyValue.INSTANCE);
    }
    return new ScalarCheck(types, switch (format) {
      case "quantity" -> ScalarCheck.Format.QUANTITY;
      case "byte" -> ScalarCheck.Format.BYTE;
      case "int-or-percent" -> ScalarCheck.Format.PERCENT;
      case "int-or-port" -> ScalarCheck.Format.PORT;
      default -> ScalarCheck.Format.NONE;
    });
  }

  private ObjectCheck object(JsonNode schema, String owner) {
    Map<String, ValueCheck> properties = new HashMap<>();
    schema.path("properties").fields().forEachRemaining(p ->
        properties.put(p.getKey(), compile(p.getValue(), owner)));
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    JsonNode extra = schema.get("additionalProperties");
    ValueCheck additional = extra == null || extra.isBoolean() && extra.asBoolean()
        ? AnyValue.INSTANCE
        : extra.isBoolean() ? null : compile(extra, owner);
    return new ObjectCheck(owner, properties, required, additional);
  }

  private static List<String> types(JsonNode type) {
    List<String> out = new ArrayList<>();
    if (type == null) {
      return out;
    }
    if (type.isArray()) {
      type.forEach(t -> out.add(t.asText()));
    } else {
      out.add(type.asText());
    }
    return out;
  }
}
