package io.github.kubecheck.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kubecheck.schemas.BundledSchemas;
import io.github.kubecheck.schemas.KubernetesApi;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes API schemas bundled in the schemas module, for one version (the nearest bundled
 * one when the version itself is not bundled). Each version's definitions are parsed once and
 * shared by every kind.
 */
final class BundledKubernetesSchemas implements SchemaCatalog.Source {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, BundledKubernetesSchemas> BY_VERSION = new ConcurrentHashMap<>();

  private final KubernetesApi api;
  private final JsonNode definitions;
  private final Map<String, Optional<KindSchema>> kinds = new ConcurrentHashMap<>();

  private BundledKubernetesSchemas(KubernetesApi api) {
    this.api = api;
    try {
      this.definitions = MAPPER.readTree(api.definitionsJson()).get("definitions");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BundledKubernetesSchemas forVersion(String version) {
    return BY_VERSION.computeIfAbsent(BundledSchemas.nearest(version),
        v -> new BundledKubernetesSchemas(BundledSchemas.api(v)));
  }

  @Override
  public Optional<KindSchema> find(String apiVersion, String kind) {
    return kinds.computeIfAbsent(apiVersion + "|" + kind, k -> api.kind(apiVersion, kind)
        .map(e -> {
          ObjectNode schema = MAPPER.createObjectNode();
          schema.put("$ref", "#/definitions/" + e.definition());
          schema.set("definitions", definitions);
          return new KindSchema(apiVersion, kind, schema, e.definition(),
              "Kubernetes " + api.version());
        }));
  }
}
