package io.github.kubecheck;

import java.util.List;
import java.util.Optional;

/** The Kubernetes versions kubecheck can check against. */
public final class KubeVersions {

  private static final List<String> SUPPORTED =
      List.of("1.27", "1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34");

  private KubeVersions() {}

  public static List<String> supported() {
    return SUPPORTED;
  }

  public static String newest() {
    return SUPPORTED.get(SUPPORTED.size() - 1);
  }

  /** Accepts {@code 1.31}, {@code v1.31} and {@code 1.31.2}; empty when not supported. */
  public static Optional<String> normalize(String text) {
    String t = text.strip();
    if (t.startsWith("v")) {
      t = t.substring(1);
    }
    String[] parts = t.split("\\.");
    if (parts.length < 2) {
      return Optional.empty();
    }
    String minor = parts[0] + "." + parts[1];
    return SUPPORTED.contains(minor) ? Optional.of(minor) : Optional.empty();
  }

  /** Compares {@code 1.9} and {@code 1.10} as versions, not strings. */
  public static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
    return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
  }
}
