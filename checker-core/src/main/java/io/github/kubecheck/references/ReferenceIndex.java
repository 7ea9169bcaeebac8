package io.github.kubecheck.references;

import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.model.HorizontalPodAutoscaler;
import io.github.kubecheck.model.HorizontalPodAutoscaler.ScaleTarget;
import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.references.SecretSources.Produced;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What references resolve against, indexed once per run: every object of the cluster (the
 * {@code --cluster} file or the default cluster, the bootstrap objects, and the input as if
 * applied on top), the Secrets that other objects promise to make, the targets assumed to live
 * elsewhere, the namespaces with their labels, and the pods each namespace would run.
 */
public final class ReferenceIndex {

  /** A pod template with its labels read once, as selectors are matched many times. */
  private record Labelled(PodTemplate template, Map<String, String> labels) {}

  /** The label the API server sets on every Namespace to its name. */
  public static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private final Map<Target, Resource> objects = new HashMap<>();
  private final Map<Target, Resource> anyGroup = new HashMap<>();
  private final Map<Target, Produced> produced = new HashMap<>();
  private final ExternalPatterns external;
  private final Map<String, Map<String, String>> namespaces;
  private final Set<String> declaredNamespaces;
  private final Map<String, List<Labelled>> pods;
  private final Set<Resource> input = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Reference> podReferences;

  /**
   * @param inputPods the input's pod templates, whose references the rules judge
   */
  public ReferenceIndex(Cluster cluster, List<PodTemplate> inputPods, ExternalPatterns external) {
    this.external = external;
    input.addAll(cluster.input());
    this.podReferences = inputPods.stream().flatMap(t -> PodReferences.of(t).stream()).toList();
    for (Resource r : cluster.all()) {
      // Input objects come last and replace existing ones, as applying them would.
      objects.put(new Target(r.group(), r.kind(), r.effectiveNamespace(), r.name()), r);
      anyGroup.put(new Target("", r.kind(), r.effectiveNamespace(), r.name()), r);
      for (Produced p : SecretSources.of(r)) {
        produced.putIfAbsent(p.secret(), p);
      }
    }
    Map<String, Map<String, String>> ns = new TreeMap<>();
    Set<String> declared = new LinkedHashSet<>();
    for (Resource r : cluster.ofKind("Namespace")) {
      if (r.group().isEmpty() && !r.name().isEmpty()) {
        Map<String, String> labels = new HashMap<>(r.labels());
        labels.put(NAMESPACE_NAME_LABEL, r.name());
        ns.put(r.name(), Map.copyOf(labels));
        declared.add(r.name());
      }
    }
    for (Resource r : cluster.all()) {
      if (!r.effectiveNamespace().isEmpty()) {
        ns.putIfAbsent(r.effectiveNamespace(),
            Map.of(NAMESPACE_NAME_LABEL, r.effectiveNamespace()));
      }
    }
    this.namespaces = Collections.unmodifiableMap(ns);
    this.declaredNamespaces = Set.copyOf(declared);
    Map<String, List<Labelled>> byNamespace = new HashMap<>();
    for (PodTemplate t : cluster.podTemplates()) {
      if (!t.owner().is("", "PodTemplate")) {
        byNamespace.computeIfAbsent(t.namespace(), k -> new ArrayList<>())
            .add(new Labelled(t, Map.copyOf(t.labels())));
      }
    }
    byNamespace.replaceAll((k, v) -> List.copyOf(v));
    this.pods = Map.copyOf(byNamespace);
  }

  /** What the input's pod templates name, walked once for every rule that judges it. */
  public List<Reference> podReferences() {
    return podReferences;
  }

  /** Whether this object is one of the input's (findings may point at it), not the cluster's. */
  public boolean isInput(Resource r) {
    return input.contains(r);
  }

  /** The object named, input or existing; the input's when both have it. */
  public Optional<Resource> find(Target t) {
    return Optional.ofNullable(objects.get(t));
  }

  /** The object of this kind, namespace and name in whichever group has it. */
  public Optional<Resource> findInAnyGroup(String kind, String namespace, String name) {
    return Optional.ofNullable(anyGroup.get(new Target("", kind, namespace, name)));
  }

  /**
   * What an autoscaler scales, in its namespace: by group, kind and name, or by kind and name
   * alone when scaleTargetRef leaves out the optional apiVersion.
   */
  public Optional<Resource> scaleTarget(HorizontalPodAutoscaler hpa) {
    if (hpa.target().isEmpty()) {
      return Optional.empty();
    }
    ScaleTarget t = hpa.target().get();
    String ns = hpa.resource().effectiveNamespace();
    return t.apiVersion().isEmpty() ? findInAnyGroup(t.kind(), ns, t.name())
        : find(new Target(t.group(), t.kind(), ns, t.name()));
  }

  /** The object that promises to make this Secret, when no Secret is written. */
  public Optional<Produced> producer(Target t) {
    return Optional.ofNullable(produced.get(t));
  }

  public boolean exists(Target t) {
    return objects.containsKey(t) || produced.containsKey(t);
  }

  /** Whether {@code references.assumeExternal} says this target may live outside the input. */
  public boolean isExternal(Target t) {
    return external.covers(t);
  }

  /** Present, promised, or assumed to live elsewhere: nothing to report. */
  public boolean resolves(Target t) {
    return exists(t) || isExternal(t);
  }

  /**
   * The keys a ConfigMap ({@code data}, {@code binaryData}) or Secret ({@code data},
   * {@code stringData}) holds; empty when the object is not written anywhere kubecheck sees, so
   * its keys are unknown.
   */
  public Optional<Set<String>> keys(Target t) {
    Optional<Resource> r = find(t);
    if (r.isEmpty()) {
      return Optional.empty();
    }
    List<String> fields = t.kind().equals("Secret") ? List.of("data", "stringData")
        : List.of("data", "binaryData");
    Set<String> keys = new LinkedHashSet<>();
    for (String field : fields) {
      r.get().node().mapping(field).ifPresent(m -> m.entries().forEach(e -> keys.add(e.name())));
    }
    return Optional.of(Set.copyOf(keys));
  }

  /** The pods a namespace would run: the templates of its workloads, input and existing. */
  public List<PodTemplate> pods(String namespace) {
    return pods.getOrDefault(namespace, List.of()).stream().map(Labelled::template).toList();
  }

  /** The pods of a namespace whose labels a selector matches. */
  public List<PodTemplate> pods(String namespace, LabelSelector selector) {
    return pods.getOrDefault(namespace, List.of()).stream()
        .filter(p -> selector.matches(p.labels())).map(Labelled::template).toList();
  }

  /** Whether a namespace would run any pod at all. */
  public boolean hasPods(String namespace) {
    return pods.containsKey(namespace);
  }

  /**
   * Every namespace with its labels: those a Namespace object declares, and those only named by
   * objects in them; each carries {@code kubernetes.io/metadata.name} as the API server sets it.
   */
  public Map<String, Map<String, String>> namespaces() {
    return namespaces;
  }

  /** The namespaces a namespaceSelector selects. */
  public List<String> namespaces(LabelSelector selector) {
    return namespaces.entrySet().stream().filter(e -> selector.matches(e.getValue()))
        .map(Map.Entry::getKey).toList();
  }

  /** Whether a Namespace object for this name is in the input or the cluster. */
  public boolean declaresNamespace(String name) {
    return declaredNamespaces.contains(name);
  }
}
