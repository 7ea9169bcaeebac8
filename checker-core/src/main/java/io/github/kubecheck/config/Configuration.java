package io.github.kubecheck.config;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.Span;
import io.github.kubecheck.yaml.YamlLimits;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a run from {@code .kubecheck.yaml}: per-rule settings, path excludes, input
 * limits, and free sections that features read by dotted key (e.g. {@code references.assumeExternal}).
 *
 * @param file the configuration file as displayed, empty when none was found
 */
public record Configuration(Optional<String> file, Map<String, RuleSetting> rules,
    List<String> exclude, YamlLimits limits, MappingNode root, List<String> include) {

  public static final Configuration DEFAULT = new Configuration(Optional.empty(), Map.of(),
      List.of(), YamlLimits.DEFAULT, MappingNode.empty(Span.at("", 1, 1)));

  public Configuration {
    rules = Map.copyOf(rules);
    exclude = List.copyOf(exclude);
    include = List.copyOf(include);
  }

  /** Without {@code include}: every manifest found in the folders walked. */
  public Configuration(Optional<String> file, Map<String, RuleSetting> rules,
      List<String> exclude, YamlLimits limits, MappingNode root) {
    this(file, rules, exclude, limits, root, List.of());
  }

  /**
   * This configuration with more path globs: {@code moreInclude} narrows the files read from the
   * folders walked to those matching one of them (added to any {@code include} of the file), and
   * {@code moreExclude} is added to {@code exclude}. Front ends pass their own options through it.
   */
  public Configuration withPaths(List<String> moreInclude, List<String> moreExclude) {
    List<String> inc = new java.util.ArrayList<>(include);
    inc.addAll(moreInclude);
    List<String> exc = new java.util.ArrayList<>(exclude);
    exc.addAll(moreExclude);
    return new Configuration(file, rules, exc, limits, root, inc);
  }

  public Optional<RuleSetting> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** A setting by dotted key, e.g. {@code references.assumeExternal}. */
  public Optional<Node> setting(String dottedKey) {
    Node current = root;
    for (String part : dottedKey.split("\\.")) {
      if (!(current instanceof MappingNode m) || m.get(part).isEmpty()) {
        return Optional.empty();
      }
      current = m.get(part).get();
    }
    return Optional.of(current);
  }

  /** A list setting: a sequence of strings, or one comma-separated string. */
  public List<String> list(String dottedKey) {
    return setting(dottedKey).map(Configuration::toList).orElse(List.of());
  }

  static List<String> toList(Node node) {
    if (node.asSequence().isPresent()) {
      return node.asSequence().get().texts();
    }
    return node.asScalar().filter(s -> !s.isNull())
        .map(s -> List.of(s.text().split("\\s*,\\s*")))
        .orElse(List.of());
  }
}
