package io.github.kubecheck;

import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.cluster.ClusterLoader;
import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.model.ObjectId;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.FindingSink;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleMetadata;
import io.github.kubecheck.rule.RuleRegistry;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.source.InputException;
import io.github.kubecheck.source.SourceCollector;
import io.github.kubecheck.source.Sources;
import io.github.kubecheck.yaml.ParsedFile;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facade every front end calls: reads the input, assembles the facts, runs the rules, returns
 * the findings. Holds no state between runs.
 */
public final class Checker {

  private final RuleRegistry registry;

  public Checker(RuleRegistry registry) {
    this.registry = registry;
  }

  public RuleRegistry registry() {
    return registry;
  }

  /** Reads the input and the cluster; the analyses are computed later, on demand. */
  public Facts load(CheckRequest request) throws InputException {
    var config = request.config();
    Sources sources = new SourceCollector(request.workingDir(), config.limits().maxFileBytes(),
        config.exclude(), config.include()).collect(request.paths(), request.stdin());
    YamlReader reader = new YamlReader(config.limits());
    List<ParsedFile> parsed = sources.files().parallelStream()
        .map(f -> reader.read(f.path(), f.content()))
        .toList();
    Manifests manifests = new Manifests(parsed, sources.problems());
    Optional<Manifests> clusterFile = Optional.empty();
    if (request.clusterFile().isPresent()) {
      String shown = request.clusterFile().get();
      clusterFile = Optional.of(ClusterLoader.readClusterFile(
          request.workingDir().resolve(shown), shown, config.limits()));
    }
    Optional<Manifests> cluster = clusterFile;
    String version = request.kubeVersion().orElse(KubeVersions.newest());
    List<Path> schemaDirs = new ArrayList<>();
    for (String dir : request.schemaLocations()) {
      Path p = request.workingDir().resolve(dir);
      if (!Files.isDirectory(p)) {
        throw new InputException(dir + ": --schema-location must be a folder");
      }
      schemaDirs.add(p);
    }
    boolean bootstrapRbac = request.bootstrapRbac();
    return new Facts(manifests, () -> ClusterLoader.assemble(cluster, manifests, bootstrapRbac),
        version, config, schemaDirs);
  }

  public CheckResult check(CheckRequest request) throws InputException {
    Facts facts = load(request);
    FindingSink sink = new FindingSink();
    List<RuleRegistry.Entry> active = registry.all().stream()
        .filter(e -> isActive(request, e))
        .toList();
    Map<String, RuleMetadata> known = registry.all().stream()
        .collect(Collectors.toUnmodifiableMap(e -> e.metadata().id(), e -> e.metadata()));
    Set<String> activeIds = active.stream().map(e -> e.metadata().id())
        .collect(Collectors.toUnmodifiableSet());
    active.parallelStream().forEach(e -> {
      var setting = request.config().rule(e.metadata().id());
      Severity severity = setting.flatMap(s -> s.severity()).orElse(e.metadata().severity());
      e.rule().check(new RuleContext(e.metadata(), severity, facts, setting, sink, known,
          activeIds));
    });
    Manifests m = facts.manifests();
    Map<String, String> texts = new HashMap<>();
    Map<String, List<ObjectId>> inventory = new HashMap<>();
    for (ParsedFile f : m.files()) {
      texts.put(f.path(), f.text());
      inventory.put(f.path(), new ArrayList<>());
    }
    for (Resource r : m.resources()) {
      inventory.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r.id());
    }
    return new CheckResult(facts.kubeVersion(), m.fileCount(), m.resources().size(),
        sink.sorted(), sink.suppressed(), texts, inventory, 0);
  }

  private static boolean isActive(CheckRequest request, RuleRegistry.Entry e) {
    String id = e.metadata().id();
    if (!request.onlyRules().isEmpty()) {
      return request.onlyRules().contains(id);
    }
    return request.config().rule(id).flatMap(s -> s.enabled())
        .orElse(e.metadata().enabledByDefault());
  }
}
