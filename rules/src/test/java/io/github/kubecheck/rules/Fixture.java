package io.github.kubecheck.rules;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.config.ConfigException;
import io.github.kubecheck.config.ConfigLoader;
import io.github.kubecheck.config.Configuration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixture manifest and what it expects: each line that a finding must point at carries
 * {@code # expect: rule-a, rule-b}. Directive comments at the top set the run: {@code # kube-version:
 * 1.29}, {@code # cluster: NAME.cluster.yaml} (beside the fixture), {@code # param:
 * rule-id.name=value}, or {@code # config: NAME.kubecheck.yaml} (beside the fixture, instead of
 * params), whose own {@code # expect:} lines count too, for findings about the configuration.
 */
record Fixture(Path file, String ruleId, List<Expectation> expectations,
    Optional<String> kubeVersion, Optional<String> cluster, List<String> params,
    Optional<String> configFile) {

  /** One expected finding: a rule at a line. */
  record Expectation(String rule, int line) implements Comparable<Expectation> {
    @Override
    public int compareTo(Expectation o) {
      int c = Integer.compare(line, o.line);
      return c != 0 ? c : rule.compareTo(o.rule);
    }

    @Override
    public String toString() {
      return "line " + line + ": " + rule;
    }
  }

  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9][a-z0-9, -]*)");
  private static final Pattern DIRECTIVE =
      Pattern.compile("^#\\s*(kube-version|cluster|param|config):\\s*(.+?)\\s*$");

  static Fixture read(Path file, String ruleId) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Expectation> expectations = new ArrayList<>();
    Optional<String> version = Optional.empty();
    Optional<String> cluster = Optional.empty();
    Optional<String> configFile = Optional.empty();
    List<String> params = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher d = DIRECTIVE.matcher(line);
      if (d.find()) {
        switch (d.group(1)) {
          case "kube-version" -> version = Optional.of(d.group(2));
          case "cluster" -> cluster = Optional.of(d.group(2));
          case "config" -> configFile = Optional.of(d.group(2));
          default -> params.add(d.group(2));
        }
      }
      expectations.addAll(markers(line, i + 1));
    }
    if (configFile.isPresent()) {
      List<String> config = Files.readAllLines(file.resolveSibling(configFile.get()),
          StandardCharsets.UTF_8);
      for (int i = 0; i < config.size(); i++) {
        expectations.addAll(markers(config.get(i), i + 1));
      }
    }
    return new Fixture(file, ruleId, expectations, version, cluster, params, configFile);
  }

  private static List<Expectation> markers(String line, int number) {
    List<Expectation> out = new ArrayList<>();
    Matcher m = EXPECT.matcher(line);
    if (m.find()) {
      for (String id : m.group(1).split(",")) {
        if (!id.isBlank()) {
          out.add(new Expectation(id.strip(), number));
        }
      }
    }
    return out;
  }

  /** The rules this fixture runs: its folder's rule and every rule its markers name. */
  Set<String> rules() {
    Set<String> ids = new HashSet<>();
    ids.add(ruleId);
    expectations.forEach(e -> ids.add(e.rule()));
    return ids;
  }

  CheckRequest request() throws ConfigException {
    Path dir = file.getParent();
    CheckRequest request = CheckRequest.of(List.of(file.getFileName().toString()), dir)
        .withOnlyRules(rules())
        .withConfig(config());
    if (kubeVersion.isPresent()) {
      request = request.withKubeVersion(kubeVersion.get());
    }
    if (cluster.isPresent()) {
      request = request.withClusterFile(cluster.get());
    }
    return request;
  }

  private Configuration config() throws ConfigException {
    if (configFile.isPresent()) {
      try {
        return ConfigLoader.parse(configFile.get(),
            Files.readAllBytes(file.resolveSibling(configFile.get())));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    if (params.isEmpty()) {
      return Configuration.DEFAULT;
    }
    TreeMap<String, List<String>> byRule = new TreeMap<>();
    for (String p : params) {
      int dot = p.indexOf('.');
      int eq = p.indexOf('=');
      if (dot < 0 || eq < dot) {
        throw new IllegalArgumentException(file + ": bad param directive " + p);
      }
      byRule.computeIfAbsent(p.substring(0, dot), k -> new ArrayList<>())
          .add(p.substring(dot + 1, eq) + ": " + p.substring(eq + 1));
    }
    StringBuilder yaml = new StringBuilder("rules:\n");
    byRule.forEach((rule, settings) -> {
      yaml.append("  ").append(rule).append(":\n");
      settings.forEach(s -> yaml.append("    ").append(s).append('\n'));
    });
    return ConfigLoader.parse(ConfigLoader.FILE_NAME, yaml.toString()
        .getBytes(StandardCharsets.UTF_8));
  }
}
