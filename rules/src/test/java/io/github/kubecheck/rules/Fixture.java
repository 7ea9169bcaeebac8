package io.github.kubecheck.rules;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.config.ConfigException;
import io.github.kubecheck.config.ConfigLoader;
import io.github.kubecheck.config.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fixture and what it expects: each line that a finding must point at carries
 * {@code # expect: rule-a, rule-b}. A fixture is one manifest file, or a folder whose manifests
 * are checked together as one input (for references across files); markers may sit in any of its
 * files. Directive comments set the run: {@code # kube-version: 1.29}, {@code # cluster:
 * NAME.cluster.yaml} (beside the fixture, or inside its folder), {@code # param:
 * rule-id.name=value}, {@code # setting: dotted.key=value} (a free configuration section, e.g.
 * {@code references.assumeExternal=Secret/vault-*}), or {@code # config: NAME.kubecheck.yaml}
 * (beside the fixture, or inside its folder, instead of params and settings), whose own
 * {@code # expect:} lines count too, for findings about the configuration.
 *
 * @param file the fixture file, or its folder
 * @param inputs the manifests checked, relative to the working folder of the run
 * @param configFile a configuration file for the run, relative to the working folder
 */
record Fixture(Path file, String ruleId, List<String> inputs, List<Expectation> expectations,
    Optional<String> kubeVersion, Optional<String> cluster, List<String> params,
    List<String> settings, Optional<String> configFile) {

  /** One expected finding: a rule at a line of one of the fixture's files. */
  record Expectation(String file, String rule, int line) implements Comparable<Expectation> {
    @Override
    public int compareTo(Expectation o) {
      int c = file.compareTo(o.file);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(line, o.line);
      return c != 0 ? c : rule.compareTo(o.rule);
    }

    @Override
    public String toString() {
      return file + ":" + line + ": " + rule;
    }
  }

  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9][a-z0-9, -]*)");
  private static final Pattern DIRECTIVE =
      Pattern.compile("^#\\s*(kube-version|cluster|param|setting|config):\\s*(.+?)\\s*$");

  static Fixture read(Path file, String ruleId) throws IOException {
    List<Path> files;
    if (Files.isDirectory(file)) {
      try (Stream<Path> s = Files.list(file)) {
        files = s.filter(Fixture::isManifest).sorted().toList();
      }
    } else {
      files = List.of(file);
    }
    List<Expectation> expectations = new ArrayList<>();
    Optional<String> version = Optional.empty();
    Optional<String> cluster = Optional.empty();
    List<String> params = new ArrayList<>();
    List<String> settings = new ArrayList<>();
    Optional<String> configFile = Optional.empty();
    List<String> inputs = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      inputs.add(name);
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher d = DIRECTIVE.matcher(line);
        if (d.find()) {
          switch (d.group(1)) {
            case "kube-version" -> version = Optional.of(d.group(2));
            case "cluster" -> cluster = Optional.of(d.group(2));
            case "setting" -> settings.add(d.group(2));
            case "config" -> configFile = Optional.of(d.group(2));
            default -> params.add(d.group(2));
          }
        }
        expectations.addAll(markers(name, line, i + 1));
      }
    }
    if (configFile.isPresent()) {
      List<String> lines = Files.readAllLines(workingDir(file).resolve(configFile.get()),
          StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        expectations.addAll(markers(configFile.get(), lines.get(i), i + 1));
      }
    }
    return new Fixture(file, ruleId, inputs, expectations, version, cluster, params, settings,
        configFile);
  }

  private static List<Expectation> markers(String file, String line, int number) {
    List<Expectation> out = new ArrayList<>();
    Matcher m = EXPECT.matcher(line);
    if (m.find()) {
      for (String id : m.group(1).split(",")) {
        if (!id.isBlank()) {
          out.add(new Expectation(file, id.strip(), number));
        }
      }
    }
    return out;
  }

  private static Path workingDir(Path file) {
    return Files.isDirectory(file) ? file : file.getParent();
  }

  /**
   * Manifests a fixture folder holds: YAML and JSON files, not cluster or configuration files or
   * hidden ones.
   */
  static boolean isManifest(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p)
        && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
        && !name.endsWith(".cluster.yaml") && !name.endsWith(".kubecheck.yaml")
        && !name.startsWith(".");
  }

  boolean isFolder() {
    return Files.isDirectory(file);
  }

  /** The rules this fixture runs: its folder's rule and every rule its markers name. */
  Set<String> rules() {
    Set<String> ids = new HashSet<>();
    ids.add(ruleId);
    expectations.forEach(e -> ids.add(e.rule()));
    return ids;
  }

  /** The fixture as one YAML text, for rule pages: a folder's files one after the other. */
  String text() throws IOException {
    if (!isFolder()) {
      return Files.readString(file, StandardCharsets.UTF_8);
    }
    StringBuilder out = new StringBuilder();
    for (String name : inputs) {
      if (out.length() > 0) {
        out.append("---\n");
      }
      out.append("# file: ").append(name).append('\n')
          .append(Files.readString(file.resolve(name), StandardCharsets.UTF_8).strip())
          .append('\n');
    }
    return out.toString();
  }

  CheckRequest request() throws ConfigException {
    Path dir = workingDir(file);
    CheckRequest request = CheckRequest.of(inputs, dir)
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
            Files.readAllBytes(workingDir(file).resolve(configFile.get())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (params.isEmpty() && settings.isEmpty()) {
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
    StringBuilder yaml = new StringBuilder();
    if (!byRule.isEmpty()) {
      yaml.append("rules:\n");
      byRule.forEach((rule, entries) -> {
        yaml.append("  ").append(rule).append(":\n");
        entries.forEach(s -> yaml.append("    ").append(s).append('\n'));
      });
    }
    for (String s : settings) {
      int eq = s.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(file + ": bad setting directive " + s);
      }
      String[] keys = s.substring(0, eq).strip().split("\\.");
      String value = s.substring(eq + 1).strip();
      for (int i = 0; i < keys.length; i++) {
        yaml.append("  ".repeat(i)).append(keys[i]).append(':');
        yaml.append(i == keys.length - 1 ? " " + quoted(value) + "\n" : "\n");
      }
    }
    return ConfigLoader.parse(ConfigLoader.FILE_NAME, yaml.toString()
        .getBytes(StandardCharsets.UTF_8));
  }

  private static String quoted(String value) {
    return value.startsWith("[") ? value
        : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
