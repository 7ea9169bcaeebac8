package io.github.kubecheck.schemas;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a version serves an apiVersion and kind, and if not since when and what replaces it.
 * Within the bundled versions this is derived from the generated kind indexes; removals before
 * them come from the migration guide's table ({@code api-removals.tsv}).
 */
public final class ApiLifecycle {

  /** What a version says of an apiVersion and kind. */
  public record Status(State state, Optional<String> removedIn, Optional<String> replacement) {}

  /** Served as is, served but going away, gone, or never a built-in kind. */
  public enum State { SERVED, DEPRECATED, REMOVED, UNKNOWN }

  private record Removal(String removedIn, Optional<String> replacement) {}

  private static final Map<String, Removal> DOCUMENTED = documented();

  private ApiLifecycle() {}

  private static final Map<String, Status> STATUS = new ConcurrentHashMap<>();

  /** Computed once per apiVersion, kind and version: every object of a run asks. */
  public static Status status(String apiVersion, String kind, String version) {
    return STATUS.computeIfAbsent(apiVersion + "|" + kind + "|" + version,
        k -> compute(apiVersion, kind, version));
  }

  private static Status compute(String apiVersion, String kind, String version) {
    Optional<Removal> removal = removal(apiVersion, kind);
    if (servedIn(apiVersion, kind, version)) {
      if (removal.isPresent()) {
        return new Status(State.DEPRECATED, Optional.of(removal.get().removedIn()),
            removal.get().replacement());
      }
      // A GA version is never removed within a major version, so only alpha and beta ones are
      // superseded by another version of their group (autoscaling/v1 stays, beside v2).
      Optional<String> newer = ApiMaturity.of(apiVersion).isStable() ? Optional.empty()
          : newerStable(apiVersion, kind, BundledSchemas.newest());
      return newer.map(n -> new Status(State.DEPRECATED, Optional.<String>empty(), Optional.of(n)))
          .orElse(new Status(State.SERVED, Optional.empty(), Optional.empty()));
    }
    if (removal.isPresent() && MinorVersion.compare(version, removal.get().removedIn()) >= 0) {
      return new Status(State.REMOVED, Optional.of(removal.get().removedIn()),
          removal.get().replacement());
    }
    return new Status(State.UNKNOWN, Optional.empty(), Optional.empty());
  }

  private static boolean servedIn(String apiVersion, String kind, String version) {
    Removal documented = DOCUMENTED.get(apiVersion + "|" + kind);
    if (documented != null) {
      return MinorVersion.compare(version, documented.removedIn()) < 0;
    }
    return BundledSchemas.api(version).kind(apiVersion, kind).isPresent();
  }

  /** The documented removal, or the first bundled version that stopped serving it. */
  private static Optional<Removal> removal(String apiVersion, String kind) {
    Removal documented = DOCUMENTED.get(apiVersion + "|" + kind);
    if (documented != null) {
      return Optional.of(documented);
    }
    List<String> versions = BundledSchemas.versions();
    boolean seen = false;
    for (String v : versions) {
      boolean served = BundledSchemas.api(v).kind(apiVersion, kind).isPresent();
      if (served) {
        seen = true;
      } else if (seen) {
        return Optional.of(new Removal(v, newerStable(apiVersion, kind, v)));
      }
    }
    return Optional.empty();
  }

  /**
   * Another apiVersion of the same group serving the kind in a version that is strictly more
   * mature (see {@link ApiMaturity}), the most mature first.
   */
  static Optional<String> newerStable(String apiVersion, String kind, String version) {
    String group = group(apiVersion);
    ApiMaturity own = ApiMaturity.of(apiVersion);
    return BundledSchemas.api(version).kinds().stream()
        .filter(e -> e.kind().equals(kind) && group(e.apiVersion()).equals(group)
            && !e.apiVersion().equals(apiVersion))
        .map(KindEntry::apiVersion)
        .filter(c -> ApiMaturity.of(c).compareTo(own) < 0)
        .min(Comparator.comparing(ApiMaturity::of));
  }

  private static String group(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  private static Map<String, Removal> documented() {
    Map<String, Removal> out = new HashMap<>();
    for (String line : BundledSchemas.resourceText("api-removals.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      out.put(f[0] + "|" + f[1], new Removal(f[2],
          f[3].equals("-") ? Optional.empty() : Optional.of(f[3])));
    }
    return out;
  }
}
