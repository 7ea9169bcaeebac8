package io.github.kubecheck;

import io.github.kubecheck.config.Configuration;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to check and how: the same record whichever front end builds it.
 *
 * @param paths PATH arguments as given; empty means the working folder
 * @param kubeVersion the minor version to check against, already normalized; empty for the newest
 * @param clusterFile the {@code --cluster} file, as given
 * @param onlyRules when not empty, run exactly these rules (enabled or not); for tests and tools
 * @param schemaLocations folders of extra JSON Schemas, as given
 * @param bootstrapRbac whether the cluster has the API server's bootstrap RBAC policy (false
 *     with {@code --no-bootstrap-rbac})
 */
public record CheckRequest(List<String> paths, Path workingDir, InputStream stdin,
    Optional<String> kubeVersion, Optional<String> clusterFile, Configuration config,
    Set<String> onlyRules, List<String> schemaLocations, boolean bootstrapRbac) {

  public CheckRequest {
    paths = List.copyOf(paths);
    onlyRules = Set.copyOf(onlyRules);
    schemaLocations = List.copyOf(schemaLocations);
  }

  public CheckRequest(List<String> paths, Path workingDir, InputStream stdin,
      Optional<String> kubeVersion, Optional<String> clusterFile, Configuration config,
      Set<String> onlyRules, List<String> schemaLocations) {
    this(paths, workingDir, stdin, kubeVersion, clusterFile, config, onlyRules, schemaLocations,
        true);
  }

  public CheckRequest(List<String> paths, Path workingDir, InputStream stdin,
      Optional<String> kubeVersion, Optional<String> clusterFile, Configuration config,
      Set<String> onlyRules) {
    this(paths, workingDir, stdin, kubeVersion, clusterFile, config, onlyRules, List.of());
  }

  public static CheckRequest of(List<String> paths, Path workingDir) {
    return new CheckRequest(paths, workingDir, InputStream.nullInputStream(), Optional.empty(),
        Optional.empty(), Configuration.DEFAULT, Set.of(), List.of());
  }

  public CheckRequest withSchemaLocations(List<String> dirs) {
    return new CheckRequest(paths, workingDir, stdin, kubeVersion, clusterFile, config,
        onlyRules, dirs, bootstrapRbac);
  }

  public CheckRequest withKubeVersion(String version) {
    return new CheckRequest(paths, workingDir, stdin, Optional.of(version), clusterFile, config,
        onlyRules, schemaLocations, bootstrapRbac);
  }

  public CheckRequest withClusterFile(String file) {
    return new CheckRequest(paths, workingDir, stdin, kubeVersion, Optional.of(file), config,
        onlyRules, schemaLocations, bootstrapRbac);
  }

  public CheckRequest withConfig(Configuration configuration) {
    return new CheckRequest(paths, workingDir, stdin, kubeVersion, clusterFile, configuration,
        onlyRules, schemaLocations, bootstrapRbac);
  }

  public CheckRequest withStdin(InputStream in) {
    return new CheckRequest(paths, workingDir, in, kubeVersion, clusterFile, config, onlyRules,
        schemaLocations, bootstrapRbac);
  }

  public CheckRequest withOnlyRules(Set<String> ids) {
    return new CheckRequest(paths, workingDir, stdin, kubeVersion, clusterFile, config, ids,
        schemaLocations, bootstrapRbac);
  }

  /** The cluster without the bootstrap RBAC policy ({@code --no-bootstrap-rbac}). */
  public CheckRequest withoutBootstrapRbac() {
    return new CheckRequest(paths, workingDir, stdin, kubeVersion, clusterFile, config,
        onlyRules, schemaLocations, false);
  }
}
