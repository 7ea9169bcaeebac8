package io.github.kubecheck.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where a build keeps its manifests when nobody says: the folders build tools look in. */
public final class ManifestFolders {

  /** In this order: Maven's source layout first, then the common top-level folder. */
  public static final List<String> DEFAULTS = List.of("src/main/kubernetes", "src/main/k8s", "k8s");

  private ManifestFolders() {}

  /** The default folders that exist under {@code base}, as relative paths. */
  public static List<String> present(Path base) {
    return DEFAULTS.stream().filter(d -> Files.isDirectory(base.resolve(d))).toList();
  }
}
