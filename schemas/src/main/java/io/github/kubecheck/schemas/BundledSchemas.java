package io.github.kubecheck.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes versions whose API schemas are bundled, each loaded on first use and kept.
 * Versions are minors such as {@code 1.31}.
 */
public final class BundledSchemas {

  static final String ROOT = "/io/github/kubecheck/schemas/";
  private static final List<String> VERSIONS = Arrays.stream(resourceText("versions.txt")
      .split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  private static final Map<String, KubernetesApi> LOADED = new ConcurrentHashMap<>();

  private BundledSchemas() {}

  /** Oldest first. */
  public static List<String> versions() {
    return VERSIONS;
  }

  public static String newest() {
    return VERSIONS.get(VERSIONS.size() - 1);
  }

  public static String oldest() {
    return VERSIONS.get(0);
  }

  /** The bundled API of a version; an unbundled version gets the nearest bundled one. */
  public static KubernetesApi api(String version) {
    return LOADED.computeIfAbsent(nearest(version), KubernetesApi::load);
  }

  /**
   * The bundled version to use for the one asked: itself; the newest bundled one before it
   * (for a gap such as 1.29, or a version after the newest); the oldest for older versions.
   */
  public static String nearest(String version) {
    String best = oldest();
    for (String v : VERSIONS) {
      if (MinorVersion.compare(v, version) <= 0) {
        best = v;
      }
    }
    return best;
  }

  static String resourceText(String name) {
    try (InputStream in = BundledSchemas.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + ROOT + name
            + "; the schemas module generates it at build time");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
