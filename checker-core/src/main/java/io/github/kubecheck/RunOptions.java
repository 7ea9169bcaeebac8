package io.github.kubecheck;

import io.github.kubecheck.config.ConfigException;
import io.github.kubecheck.config.ConfigLoader;
import io.github.kubecheck.config.Configuration;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The options every front end takes as text, turned into a {@link CheckRequest} in one way: the
 * command line and the Maven plugin build this and nothing else, so the same words mean the same
 * run.
 *
 * @param paths PATH arguments; empty means the working folder
 * @param configFile the configuration file; empty to look for {@code .kubecheck.yaml}
 * @param include globs narrowing the files read from folders (added to the configuration's)
 * @param exclude globs of files to skip (added to the configuration's)
 * @param failOn {@code error}, {@code warning}, {@code info} or {@code none}
 */
public record RunOptions(List<String> paths, Optional<String> kubeVersion,
    Optional<String> cluster, Optional<String> configFile, List<String> include,
    List<String> exclude, String failOn) {

  public RunOptions {
    paths = List.copyOf(paths);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  public CheckRequest request(Path workingDir, InputStream stdin)
      throws RequestException, ConfigException {
    Configuration config = ConfigLoader.forRun(workingDir, configFile);
    if (!include.isEmpty() || !exclude.isEmpty()) {
      config = config.withPaths(include, exclude);
    }
    CheckRequest request = CheckRequest.of(paths, workingDir).withStdin(stdin).withConfig(config);
    if (kubeVersion.isPresent()) {
      String given = kubeVersion.get();
      request = request.withKubeVersion(KubeVersions.normalize(given)
          .orElseThrow(() -> new RequestException("kubeVersion", KubeVersions.unsupported(given))));
    }
    if (cluster.isPresent()) {
      request = request.withClusterFile(cluster.get());
    }
    return request;
  }

  public FailOn failOnLevel() throws RequestException {
    return FailOn.parse(failOn).orElseThrow(() -> new RequestException("failOn",
        "must be error, warning, info or none, not \"" + failOn + "\""));
  }
}
