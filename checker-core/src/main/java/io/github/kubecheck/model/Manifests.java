package io.github.kubecheck.model;

import io.github.kubecheck.source.SourceProblem;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ParsedFile;
import io.github.kubecheck.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from the input: the parsed files, the objects in them (the items of a
 * {@code kind: List} count as objects), and the pod templates of the objects that create pods.
 */
public final class Manifests {

  /** A document that is not a mapping, so cannot be an object. */
  public record NotAnObject(YamlDocument document) {}

  private final List<ParsedFile> files;
  private final List<SourceProblem> skipped;
  private final List<Resource> resources;
  private final List<NotAnObject> notObjects;
  private final List<PodTemplate> podTemplates;
  private final Map<String, List<Resource>> byKind;

  public Manifests(List<ParsedFile> files, List<SourceProblem> skipped) {
    this.files = List.copyOf(files);
    this.skipped = List.copyOf(skipped);
    List<Resource> rs = new ArrayList<>();
    List<NotAnObject> bad = new ArrayList<>();
    for (ParsedFile f : files) {
      for (YamlDocument d : f.documents()) {
        if (d.root() instanceof MappingNode m) {
          addObject(f.path(), m, rs);
        } else {
          bad.add(new NotAnObject(d));
        }
      }
    }
    this.resources = List.copyOf(rs);
    this.notObjects = List.copyOf(bad);
    this.podTemplates = resources.stream()
        .flatMap(r -> Workloads.podTemplate(r).stream()).toList();
    Map<String, List<Resource>> index = new LinkedHashMap<>();
    for (Resource r : resources) {
      index.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
    }
    index.replaceAll((k, v) -> Collections.unmodifiableList(v));
    this.byKind = Collections.unmodifiableMap(index);
  }

  private static void addObject(String file, MappingNode m, List<Resource> out) {
    Optional<String> kind = m.text("kind");
    Optional<Node> items = m.get("items");
    if (kind.isPresent() && kind.get().endsWith("List") && items.isPresent()
        && items.get().asSequence().isPresent()) {
      items.get().asSequence().get().mappings().forEach(item -> out.add(Resource.of(file, item)));
      return;
    }
    out.add(Resource.of(file, m));
  }

  public List<ParsedFile> files() {
    return files;
  }

  /** Files found but not read (over the size limit). */
  public List<SourceProblem> skipped() {
    return skipped;
  }

  public List<Resource> resources() {
    return resources;
  }

  public List<NotAnObject> notObjects() {
    return notObjects;
  }

  public List<PodTemplate> podTemplates() {
    return podTemplates;
  }

  public List<Resource> ofKind(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  public int fileCount() {
    return files.size() + skipped.size();
  }
}
