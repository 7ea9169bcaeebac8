package io.github.kubecheck.references;

import io.github.kubecheck.config.Configuration;
import java.util.List;
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
public record ExternalPatterns(List<String> patterns) {

  public static final String SETTING = "references.assumeExternal";
  public static final List<String> DEFAULTS = List.of("kube-system/*");

  public ExternalPatterns {
    patterns = List.copyOf(patterns);
  }

  public static ExternalPatterns of(Configuration config) {
    return new ExternalPatterns(config.setting(SETTING).isPresent()
        ? config.list(SETTING) : DEFAULTS);
  }

  public boolean covers(Target t) {
    return patterns.stream().anyMatch(p -> matches(p.strip(), t));
  }

  private static boolean matches(String pattern, Target t) {
    String[] parts = pattern.split("/", -1);
    if (pattern.isEmpty()) {
      return false;
    }
    boolean kindFirst = Character.isUpperCase(parts[0].charAt(0));
    return switch (parts.length) {
      case 1 -> kindFirst && glob(parts[0], t.kind());
      case 2 -> kindFirst
          ? glob(parts[0], t.kind()) && glob(parts[1], t.name())
          : glob(parts[0], t.namespace()) && glob(parts[1], t.name());
      case 3 -> kindFirst && glob(parts[0], t.kind()) && glob(parts[1], t.namespace())
          && glob(parts[2], t.name());
      default -> false;
    };
  }

  static boolean glob(String pattern, String value) {
    if (pattern.isEmpty()) {
      return false;
    }
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return value.matches(regex.toString());
  }
}
