package io.github.kubecheck.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.schemas.BundledSchemas;
import io.github.kubecheck.schemas.KindEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of every bundled version has a schema, and that schema accepts the smallest object
 * it allows: apiVersion, kind, a name, and each required field (recursively) with a value of its
 * type. So no kind is refused whole by a generator mistake (a required field that is not a
 * property, a type no value can have).
 */
class EveryBundledKindAcceptsAMinimalObjectTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Test
  void everyKindOfEveryVersion() throws Exception {
    List<String> refused = new ArrayList<>();
    int kinds = 0;
    for (String version : BundledSchemas.versions()) {
      BundledSchemaFixtures f = BundledSchemaFixtures.of(version);
      assertThat(f.api.kinds()).as("kinds of %s", version).hasSizeGreaterThan(60);
      for (KindEntry e : f.api.kinds()) {
        ObjectNode object = (ObjectNode) minimal(f.definitions,
            f.definitions.get(e.definition()), 0);
        object.put("apiVersion", e.apiVersion());
        object.put("kind", e.kind());
        object.putObject("metadata").put("name", "minimal");
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(object);
        Resource r = BundledSchemaFixtures.read("minimal.json", text).get(0);
        List<SchemaError> errors = f.compiledKind(e).validate(r);
        if (!errors.isEmpty()) {
          refused.add(version + " " + e.apiVersion() + " " + e.kind() + ": " + errors);
        }
        kinds++;
      }
    }
    assertThat(refused).isEmpty();
    assertThat(kinds).isGreaterThan(600);
  }

  /** The smallest value a schema accepts: required fields only, one value of the first type. */
  private static JsonNode minimal(JsonNode definitions, JsonNode schema, int depth) {
    assertThat(depth).as("required fields nest without end").isLessThan(40);
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().substring("#/definitions/".length());
      return minimal(definitions, definitions.get(name), depth + 1);
    }
    JsonNode type = schema.get("type");
    String first = type == null ? "object" : type.isArray() ? type.get(0).asText() : type.asText();
    String format = schema.path("format").asText("");
    return switch (first) {
      case "object" -> {
        ObjectNode o = JSON.objectNode();
        schema.path("required").forEach(req -> o.set(req.asText(),
            minimal(definitions, schema.path("properties").get(req.asText()), depth + 1)));
        yield o;
      }
      case "array" -> JSON.arrayNode();
      case "integer", "number" -> JSON.numberNode(1);
      case "boolean" -> JSON.booleanNode(true);
      default -> JSON.textNode(format.equals("quantity") ? "1"
          : format.equals("byte") ? "eA==" : "x");
    };
  }
}
