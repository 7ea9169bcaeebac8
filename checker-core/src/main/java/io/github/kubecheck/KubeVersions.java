package io.github.kubecheck;

import io.github.kubecheck.schemas.BundledSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes versions kubecheck can check against: from 1.23 (the oldest Pod Security
 * Standards version users still meet) to two minors past the newest bundled schemas. Versions
 * without bundled schemas are validated with the nearest bundled ones, plus the documented API
 * removals; Pod Security checks always use the version asked.
 */
public final class KubeVersions {

  private static final int OLDEST_MINOR = 23;
  private static final int MINORS_PAST_NEWEST = 2;
  private static final List<String> SUPPORTED = supportedVersions();

  private KubeVersions() {}

  public static List<String> supported() {
    return SUPPORTED;
  }

  /** The default: the newest version with bundled schemas. */
  public static String newest() {
    return BundledSchemas.newest();
  }

  /** The versions whose schemas are bundled. */
  public static List<String> bundled() {
    return BundledSchemas.versions();
  }

  private static List<String> supportedVersions() {
    int newest = Integer.parseInt(BundledSchemas.newest().split("\\.")[1]);
    List<String> out = new ArrayList<>();
    for (int m = OLDEST_MINOR; m <= newest + MINORS_PAST_NEWEST; m++) {
      out.add("1." + m);
    }
    return List.copyOf(out);
  }

  /** The one-line answer to a version that {@link #normalize} refuses, for every front end. */
  public static String unsupported(String given) {
    return "unsupported Kubernetes version " + given + "; supported: "
        + String.join(", ", supported());
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
