package io.github.kubecheck.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.schemas.BundledSchemas;
import io.github.kubecheck.schemas.KindEntry;
import io.github.kubecheck.schemas.KubernetesApi;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One bundled version's definitions, both as networknt schemas and compiled, for tests. */
final class BundledSchemaFixtures {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, BundledSchemaFixtures> CACHE = new ConcurrentHashMap<>();

  final KubernetesApi api;
  final JsonNode definitions;
  final CompiledDefinitions compiled;
  final SchemaValidator networknt = new SchemaValidator();

  private BundledSchemaFixtures(String version) throws Exception {
    this.api = BundledSchemas.api(version);
    this.definitions = MAPPER.readTree(api.definitionsJson()).get("definitions");
    this.compiled = new CompiledDefinitions(definitions);
  }

  static BundledSchemaFixtures of(String version) {
    return CACHE.computeIfAbsent(version, v -> {
      try {
        return new BundledSchemaFixtures(v);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** The kind as networknt sees it: a $ref into every definition, as before the compiled walk. */
  KindSchema jsonSchema(KindEntry e) {
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("$ref", "#/definitions/" + e.definition());
    schema.set("definitions", definitions);
    return new KindSchema(e.apiVersion(), e.kind(), schema, e.definition(), "test");
  }

  private final Map<KindEntry, KindValidator> networkntKinds = new ConcurrentHashMap<>();

  /** The networknt validator of the kind, compiled once. */
  KindValidator networkntKind(KindEntry e) {
    return networkntKinds.computeIfAbsent(e, k -> new JsonSchemaKind(jsonSchema(k), networknt));
  }

  KindValidator compiledKind(KindEntry e) {
    return new CompiledKind(compiled.definition(e.definition()).orElseThrow());
  }

  static List<Resource> read(String file, String text) {
    Manifests m = new Manifests(List.of(new YamlReader(YamlLimits.DEFAULT)
        .read(file, text.getBytes(StandardCharsets.UTF_8))), List.of());
    return m.resources();
  }
}
