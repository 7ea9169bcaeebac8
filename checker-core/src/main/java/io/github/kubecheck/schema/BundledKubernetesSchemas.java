package io.github.kubecheck.schema;

import io.github.kubecheck.schemas.BundledSchemas;
import io.github.kubecheck.schemas.KubernetesApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes API schemas bundled in the schemas module, for one version (the nearest bundled
 * one when the version itself is not bundled). Each version's definitions are read and compiled
 * once per process, on first use, and shared by every kind and run.
 */
final class BundledKubernetesSchemas implements SchemaCatalog.Source {

  private static final Map<String, BundledKubernetesSchemas> BY_VERSION = new ConcurrentHashMap<>();

  private final KubernetesApi api;
  private final CompiledDefinitions definitions;

  private BundledKubernetesSchemas(KubernetesApi api) {
    this.api = api;
    try {
      this.definitions = new CompiledDefinitions(
          JsonTree.read(api.definitionsJson()).get("definitions"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BundledKubernetesSchemas forVersion(String version) {
    return BY_VERSION.computeIfAbsent(BundledSchemas.nearest(version),
        v -> new BundledKubernetesSchemas(BundledSchemas.api(v)));
  }

  @Override
  public Optional<KindValidator> find(String apiVersion, String kind) {
    return api.kind(apiVersion, kind)
        .flatMap(e -> definitions.definition(e.definition()))
        .map(CompiledKind::new);
  }
}
