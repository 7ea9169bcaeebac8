package io.github.kubecheck.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the validator of an apiVersion and kind: custom resources from CRDs first, then schema
 * files given with --schema-location, then the bundled Kubernetes API of the chosen version. Each
 * kind is looked up and compiled once per run, however many objects it has.
 */
public final class SchemaCatalog {

  /** A source of schemas by apiVersion and kind. */
  public interface Source {
    Optional<KindValidator> find(String apiVersion, String kind);
  }

  private final Map<String, KindSchema> custom = new HashMap<>();
  private final List<Source> sources;
  private final SchemaValidator jsonSchema;
  private final Map<String, Optional<KindValidator>> found = new ConcurrentHashMap<>();

  public SchemaCatalog(List<KindSchema> crdSchemas, List<Source> sources,
      SchemaValidator jsonSchema) {
    crdSchemas.forEach(s -> custom.putIfAbsent(key(s.apiVersion(), s.kind()), s));
    this.sources = List.copyOf(sources);
    this.jsonSchema = jsonSchema;
  }

  public Optional<KindValidator> find(String apiVersion, String kind) {
    return found.computeIfAbsent(key(apiVersion, kind), k -> lookup(apiVersion, kind));
  }

  private Optional<KindValidator> lookup(String apiVersion, String kind) {
    KindSchema c = custom.get(key(apiVersion, kind));
    if (c != null) {
      return Optional.of(new JsonSchemaKind(c, jsonSchema));
    }
    for (Source s : sources) {
      Optional<KindValidator> v = s.find(apiVersion, kind);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + "|" + kind;
  }
}
