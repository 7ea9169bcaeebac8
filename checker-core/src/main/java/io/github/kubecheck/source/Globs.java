package io.github.kubecheck.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Path globs as users write them in {@code include}/{@code exclude} lists and Maven
 * {@code <includes>}: Java's glob syntax, except that a leading {@code **}{@code /} also matches no
 * folder at all, so {@code **}{@code /*.yaml} matches {@code a.yaml} as Ant and Maven do.
 */
final class Globs {

  private final List<PathMatcher> matchers;

  private Globs(List<PathMatcher> matchers) {
    this.matchers = List.copyOf(matchers);
  }

  static Globs of(List<String> globs) {
    List<PathMatcher> ms = new ArrayList<>();
    for (String g : globs) {
      String glob = g.replace('\\', '/');
      ms.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      if (glob.startsWith("**/")) {
        ms.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
      }
    }
    return new Globs(ms);
  }

  boolean isEmpty() {
    return matchers.isEmpty();
  }

  boolean matches(Path path) {
    return matchers.stream().anyMatch(m -> m.matches(path));
  }
}
