package io.github.kubecheck.schemas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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

  public static Status status(String apiVersion, String kind, String version) {
    Optional<Removal> removal = removal(apiVersion, kind);
    if (servedIn(apiVersion, kind, version)) {
      return removal.map(r -> new Status(State.DEPRECATED, Optional.of(r.removedIn()),
              r.replacement()))
          .orElseGet(() -> newerStable(apiVersion, kind, BundledSchemas.newest())
              .map(stable -> new Status(State.DEPRECATED, Optional.empty(), Optional.of(stable)))
              .orElse(new Status(State.SERVED, Optional.empty(), Optional.empty())));
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

  /** Another apiVersion of the same group serving the kind in a version, GA first. */
  private static Optional<String> newerStable(String apiVersion, String kind, String version) {
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    List<String> candidates = new ArrayList<>();
    for (KindEntry e : BundledSchemas.api(version).kinds()) {
      String g = e.apiVersion().contains("/")
          ? e.apiVersion().substring(0, e.apiVersion().indexOf('/')) : "";
      if (e.kind().equals(kind) && g.equals(group) && !e.apiVersion().equals(apiVersion)) {
        candidates.add(e.apiVersion());
      }
    }
    candidates.sort(Comparator.comparing(ApiLifecycle::maturity));
    String own = maturity(apiVersion);
    return candidates.stream().filter(c -> maturity(c).compareTo(own) < 0).findFirst();
  }

  /** Sorts GA before beta before alpha, then newer first: "0" < "1beta" < "2alpha". */
  private static String maturity(String apiVersion) {
    String v = apiVersion.substring(apiVersion.indexOf('/') + 1);
    int stage = v.contains("alpha") ? 2 : v.contains("beta") ? 1 : 0;
    return stage + v;
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
