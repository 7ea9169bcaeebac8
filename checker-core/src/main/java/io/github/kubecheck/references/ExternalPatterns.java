package io.github.kubecheck.references;

import io.github.kubecheck.config.Configuration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The targets that may legitimately live outside the input ({@code references.assumeExternal}
 * in {@code .kubecheck.yaml}): a reference to one of them is not reported when the target is
 * missing. Each pattern is one of
 *
 * <ul>
 *   <li>{@code Kind}: every object of that kind, e.g. {@code Secret};
 *   <li>{@code Kind/name}: that kind and name in any namespace, e.g. {@code Secret/vault-*};
 *   <li>{@code Kind/namespace/name}, e.g. {@code ConfigMap/shop/feature-flags};
 *   <li>{@code namespace/name}: any kind, e.g. {@code monitoring/*} (a namespace is lower case,
 *       a kind starts with a capital letter, so the two forms cannot be confused).
 * </ul>
 *
 * {@code *} matches any run of characters and {@code ?} one. A pattern of any other shape
 * matches nothing. When the setting is absent the defaults hold: objects in kube-system belong to
 * the platform, and the built-in cluster knows only a few of them.
 */
public final class ExternalPatterns {

  public static final String SETTING = "references.assumeExternal";
  public static final List<String> DEFAULTS = List.of("kube-system/*");

  /** Matches any value, for the parts a pattern leaves out. */
  private static final Pattern ANY = Pattern.compile(".*", Pattern.DOTALL);

  /** One pattern with its parts compiled. */
  private record Compiled(Pattern kind, Pattern namespace, Pattern name) {

    boolean matches(Target t) {
      return kind.matcher(t.kind()).matches() && namespace.matcher(t.namespace()).matches()
          && name.matcher(t.name()).matches();
    }
  }

  private final List<String> patterns;
  private final List<Compiled> compiled;

  public ExternalPatterns(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
    this.compiled = this.patterns.stream().flatMap(p -> compile(p.strip()).stream()).toList();
  }

  public List<String> patterns() {
    return patterns;
  }

  public static ExternalPatterns of(Configuration config) {
    return new ExternalPatterns(config.setting(SETTING).isPresent()
        ? config.list(SETTING) : DEFAULTS);
  }

  public boolean covers(Target t) {
    for (Compiled c : compiled) {
      if (c.matches(t)) {
        return true;
      }
    }
    return false;
  }

  /** The pattern's parts; empty when it has no valid shape, so it matches nothing. */
  private static Optional<Compiled> compile(String pattern) {
    String[] parts = pattern.split("/", -1);
    if (pattern.isEmpty() || Arrays.stream(parts).anyMatch(String::isEmpty)) {
      return Optional.empty();
    }
    boolean kindFirst = Character.isUpperCase(parts[0].charAt(0));
    return switch (parts.length) {
      case 1 -> kindFirst ? Optional.of(new Compiled(glob(parts[0]), ANY, ANY))
          : Optional.empty();
      case 2 -> Optional.of(kindFirst
          ? new Compiled(glob(parts[0]), ANY, glob(parts[1]))
          : new Compiled(ANY, glob(parts[0]), glob(parts[1])));
      case 3 -> kindFirst
          ? Optional.of(new Compiled(glob(parts[0]), glob(parts[1]), glob(parts[2])))
          : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
