package io.github.kubecheck.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Schemas for custom resources from the CustomResourceDefinitions in the input and the cluster:
 * each served version's openAPIV3Schema, made strict the way the API server prunes and rejects
 * unknown fields of a structural schema.
 */
public final class CrdSchemas {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private CrdSchemas() {}

  public static List<KindSchema> from(List<Resource> objects) {
    List<KindSchema> out = new ArrayList<>();
    for (Resource crd : objects) {
      if (!crd.is("apiextensions.k8s.io", "CustomResourceDefinition")) {
        continue;
      }
      MappingNode spec = crd.spec();
      String group = spec.text("group").orElse("");
      String kind = spec.mapping("names").flatMap(n -> n.text("kind")).orElse("");
      if (group.isEmpty() || kind.isEmpty()) {
        continue;
      }
      spec.sequence("versions").ifPresent(versions -> versions.mappings().forEach(v -> {
        String version = v.text("name").orElse("");
        boolean served = v.bool("served").orElse(true);
        var schema = v.at("schema.openAPIV3Schema").flatMap(Node::asMapping);
        if (!version.isEmpty() && served && schema.isPresent()) {
          out.add(new KindSchema(group + "/" + version, kind,
              root(strict(NodeJson.of(schema.get()))),
              kind + " (" + group + "/" + version + ")",
              "CustomResourceDefinition " + crd.name()));
        }
      }));
    }
    return out;
  }

  /** Every object may carry apiVersion, kind and metadata whatever its schema lists. */
  private static JsonNode root(JsonNode schema) {
    if (schema instanceof ObjectNode o) {
      ObjectNode props = o.has("properties") && o.get("properties") instanceof ObjectNode p
          ? p : o.putObject("properties");
      props.set("apiVersion", JSON.objectNode().put("type", "string"));
      props.set("kind", JSON.objectNode().put("type", "string"));
      props.set("metadata", JSON.objectNode().put("type", "object"));
    }
    return schema;
  }

  /**
   * Rewrites Kubernetes' schema extensions into plain JSON Schema: int-or-string, nullable,
   * preserve-unknown-fields and embedded resources; objects with listed properties reject others.
   */
  static JsonNode strict(JsonNode node) {
    if (!(node instanceof ObjectNode o)) {
      return node;
    }
    ObjectNode copy = o.deepCopy();
    for (String key : List.of("properties", "patternProperties", "definitions")) {
      if (copy.get(key) instanceof ObjectNode children) {
        Iterator<Map.Entry<String, JsonNode>> it = children.fields();
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        it.forEachRemaining(entries::add);
        entries.forEach(e -> children.set(e.getKey(), strict(e.getValue())));
      }
    }
    for (String key : List.of("items", "additionalProperties", "not")) {
      if (copy.get(key) instanceof ObjectNode child) {
        copy.set(key, strict(child));
      }
    }
    for (String key : List.of("allOf", "anyOf", "oneOf")) {
      if (copy.get(key) instanceof ArrayNode list) {
        for (int i = 0; i < list.size(); i++) {
          list.set(i, strict(list.get(i)));
        }
      }
    }
    if (copy.path("x-kubernetes-int-or-string").asBoolean(false)) {
      copy.remove("type");
      copy.set("type", JSON.arrayNode().add("integer").add("string"));
    }
    if (copy.path("x-kubernetes-embedded-resource").asBoolean(false)) {
      ObjectNode props = copy.get("properties") instanceof ObjectNode p ? p
          : copy.putObject("properties");
      props.set("apiVersion", JSON.objectNode().put("type", "string"));
      props.set("kind", JSON.objectNode().put("type", "string"));
      props.set("metadata", JSON.objectNode().put("type", "object"));
    }
    boolean preserve = copy.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    if (copy.has("properties") && !copy.has("additionalProperties") && !preserve) {
      copy.put("additionalProperties", false);
    }
    if (copy.path("nullable").asBoolean(false) && copy.get("type") != null
        && copy.get("type").isTextual()) {
      copy.set("type", JSON.arrayNode().add(copy.get("type").asText()).add("null"));
    }
    return copy;
  }
}
