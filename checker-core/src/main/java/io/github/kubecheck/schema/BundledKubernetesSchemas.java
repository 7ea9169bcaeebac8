package io.github.kubecheck.schema;

import java.util.Optional;

/** The Kubernetes API schemas bundled in the schemas module, for one version. */
final class BundledKubernetesSchemas implements SchemaCatalog.Source {

  private final String version;

  private BundledKubernetesSchemas(String version) {
    this.version = version;
  }

  static BundledKubernetesSchemas forVersion(String version) {
    return new BundledKubernetesSchemas(version);
  }

  @Override
  public Optional<KindSchema> find(String apiVersion, String kind) {
    return Optional.empty();
  }

  String version() {
    return version;
  }
}
