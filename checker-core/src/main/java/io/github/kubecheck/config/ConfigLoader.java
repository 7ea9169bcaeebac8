package io.github.kubecheck.config;

import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ParsedFile;
import io.github.kubecheck.yaml.ScalarNode;
import io.github.kubecheck.yaml.Span;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code .kubecheck.yaml}. A file that cannot be used is a
 * {@link ConfigException} with its location; unknown rule ids are left for a rule to report.
 */
public final class ConfigLoader {

  public static final String FILE_NAME = ".kubecheck.yaml";

  private ConfigLoader() {}

  /** The nearest {@code .kubecheck.yaml} in {@code dir} or its parents. */
  public static Optional<Path> find(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The configuration of a run in {@code workingDir}: the file named (relative to it), else the
   * nearest {@code .kubecheck.yaml} in it or its parents (shown relative to it), else the default.
   */
  public static Configuration forRun(Path workingDir, Optional<String> named)
      throws ConfigException {
    if (named.isPresent()) {
      Path file = workingDir.resolve(named.get());
      if (!Files.isRegularFile(file)) {
        throw new ConfigException(named.get() + ": no such configuration file");
      }
      return load(file, named.get());
    }
    Optional<Path> found = find(workingDir);
    if (found.isEmpty()) {
      return Configuration.DEFAULT;
    }
    Path f = found.get();
    Path rel = workingDir.toAbsolutePath().normalize().relativize(f);
    return load(f, rel.toString().replace('\\', '/'));
  }

  public static Configuration load(Path file, String shownAs) throws ConfigException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException(shownAs + ": cannot read configuration: " + e.getMessage());
    }
    return parse(shownAs, bytes);
  }

  public static Configuration parse(String shownAs, byte[] bytes) throws ConfigException {
    ParsedFile parsed = new YamlReader(YamlLimits.DEFAULT).read(shownAs, bytes);
    if (!parsed.problems().isEmpty()) {
      var p = parsed.problems().get(0);
      throw new ConfigException(p.span() + ": " + p.message());
    }
    if (parsed.documents().isEmpty()) {
      return new Configuration(Optional.of(shownAs), Map.of(), List.of(), YamlLimits.DEFAULT,
          MappingNode.empty(Span.at(shownAs, 1, 1)));
    }
    Node rootNode = parsed.documents().get(0).root();
    MappingNode root = rootNode.asMapping()
        .orElseThrow(() -> error(rootNode, "the configuration must be a mapping"));
    Map<String, RuleSetting> rules = new HashMap<>();
    if (root.get("rules").isPresent()) {
      MappingNode rulesNode = root.mapping("rules")
          .orElseThrow(() -> error(root.get("rules").get(), "rules must be a mapping of rule ids"));
      for (MappingNode.Entry e : rulesNode.entries()) {
        rules.put(e.name(), ruleSetting(e.key(), e.value()));
      }
    }
    List<String> exclude = root.get("exclude").map(Configuration::toList).orElse(List.of());
    List<String> include = root.get("include").map(Configuration::toList).orElse(List.of());
    return new Configuration(Optional.of(shownAs), rules, exclude, limits(root), root, include);
  }

  private static RuleSetting ruleSetting(ScalarNode id, Node value) throws ConfigException {
    if (value instanceof ScalarNode s) {
      if (s.asBoolean().isPresent()) {
        return new RuleSetting(id, s.asBoolean(), Optional.empty(), Map.of());
      }
      Optional<Severity> severity = Severity.parse(s.text());
      if (severity.isPresent()) {
        return new RuleSetting(id, Optional.of(true), severity, Map.of());
      }
      throw error(s, "rule setting must be on, off, error, warning, info or a mapping, not \""
          + s.text() + "\"");
    }
    MappingNode m = value.asMapping()
        .orElseThrow(() -> error(value, "rule setting must be a scalar or a mapping"));
    Optional<Boolean> enabled = Optional.empty();
    Optional<Severity> severity = Optional.empty();
    Map<String, Node> params = new HashMap<>();
    for (MappingNode.Entry e : m.entries()) {
      switch (e.name()) {
        case "enabled" -> enabled = Optional.of(e.value().asScalar().flatMap(ScalarNode::asBoolean)
            .orElseThrow(() -> error(e.value(), "enabled must be true or false")));
        case "severity" -> {
          String text = e.value().asScalar().map(ScalarNode::text).orElse("");
          severity = Optional.of(Severity.parse(text).orElseThrow(() -> error(e.value(),
              "severity must be error, warning or info, not \"" + text + "\"")));
        }
        default -> params.put(e.name(), e.value());
      }
    }
    return new RuleSetting(id, enabled, severity, params);
  }

  private static YamlLimits limits(MappingNode root) throws ConfigException {
    YamlLimits d = YamlLimits.DEFAULT;
    Optional<MappingNode> m = root.mapping("limits");
    if (m.isEmpty()) {
      return d;
    }
    MappingNode l = m.get();
    for (MappingNode.Entry e : l.entries()) {
      if (!List.of("maxFileBytes", "maxDocumentChars", "maxAliases", "maxDepth", "maxNodes")
          .contains(e.name())) {
        throw error(e.key(), "unknown limit \"" + e.name() + "\"; known: maxFileBytes, "
            + "maxDocumentChars, maxAliases, maxDepth, maxNodes");
      }
    }
    return new YamlLimits(
        number(l, "maxFileBytes", d.maxFileBytes()),
        (int) number(l, "maxDocumentChars", d.maxDocumentChars()),
        (int) number(l, "maxAliases", d.maxAliases()),
        (int) number(l, "maxDepth", d.maxDepth()),
        (int) number(l, "maxNodes", d.maxNodes()));
  }

  private static long number(MappingNode m, String key, long fallback) throws ConfigException {
    Optional<Node> v = m.get(key);
    if (v.isEmpty()) {
      return fallback;
    }
    long n = v.get().asScalar().flatMap(ScalarNode::asLong)
        .orElseThrow(() -> error(v.get(), key + " must be a whole number"));
    if (n <= 0 || n > Integer.MAX_VALUE && !key.equals("maxFileBytes")) {
      throw error(v.get(), key + " must be a positive number that fits in 32 bits");
    }
    return n;
  }

  private static ConfigException error(Node at, String message) {
    return new ConfigException(at.span() + ": " + message);
  }
}
