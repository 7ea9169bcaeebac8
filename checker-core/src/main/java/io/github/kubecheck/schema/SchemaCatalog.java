package io.github.kubecheck.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the schema of an apiVersion and kind: custom resources from CRDs first, then schema files
 * given with --schema-location, then the bundled Kubernetes API of the chosen version.
 */
public final class SchemaCatalog {

  /** A source of schemas by apiVersion and kind. */
  public interface Source {
    Optional<KindSchema> find(String apiVersion, String kind);
  }

  private final Map<String, KindSchema> custom = new HashMap<>();
  private final List<Source> sources;

  public SchemaCatalog(List<KindSchema> crdSchemas, List<Source> sources) {
    crdSchemas.forEach(s -> custom.putIfAbsent(key(s.apiVersion(), s.kind()), s));
    this.sources = List.copyOf(sources);
  }

  public Optional<KindSchema> find(String apiVersion, String kind) {
    KindSchema c = custom.get(key(apiVersion, kind));
    if (c != null) {
      return Optional.of(c);
    }
    for (Source s : sources) {
      Optional<KindSchema> found = s.find(apiVersion, kind);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + "|" + kind;
  }
}
