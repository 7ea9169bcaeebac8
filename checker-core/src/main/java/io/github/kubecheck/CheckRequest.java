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
 */
public record CheckRequest(List<String> paths, Path workingDir, InputStream stdin,
    Optional<String> kubeVersion, Optional<String> clusterFile, Configuration config,
    Set<String> onlyRules) {

  public CheckRequest {
    paths = List.copyOf(paths);
    onlyRules = Set.copyOf(onlyRules);
  }

  public static CheckRequest of(List<String> paths, Path workingDir) {
    return new CheckRequest(paths, workingDir, InputStream.nullInputStream(), Optional.empty(),
        Optional.empty(), Configuration.DEFAULT, Set.of());
  }

  public CheckRequest withKubeVersion(String version) {
    return new CheckRequest(paths, workingDir, stdin, Optional.of(version), clusterFile, config,
        onlyRules);
  }

  public CheckRequest withClusterFile(String file) {
    return new CheckRequest(paths, workingDir, stdin, kubeVersion, Optional.of(file), config,
        onlyRules);
  }

  public CheckRequest withConfig(Configuration configuration) {
    return new CheckRequest(paths, workingDir, stdin, kubeVersion, clusterFile, configuration,
        onlyRules);
  }

  public CheckRequest withStdin(InputStream in) {
    return new CheckRequest(paths, workingDir, in, kubeVersion, clusterFile, config, onlyRules);
  }

  public CheckRequest withOnlyRules(Set<String> ids) {
    return new CheckRequest(paths, workingDir, stdin, kubeVersion, clusterFile, config, ids);
  }
}
