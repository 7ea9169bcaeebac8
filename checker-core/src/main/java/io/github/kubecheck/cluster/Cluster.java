package io.github.kubecheck.cluster;

import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Workloads;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world the simulations run in: what already exists (the {@code --cluster} file or the
 * built-in default cluster, plus the bootstrap objects every cluster has) and the input objects as
 * if applied on top.
 */
public final class Cluster {

  private final List<Resource> existing;
  private final List<Resource> input;
  private final List<Resource> all;
  private final Map<String, List<Resource>> byKind;
  private final boolean builtIn;
  private final List<PodTemplate> podTemplates;

  Cluster(List<Resource> existing, Manifests input, boolean builtIn) {
    this.existing = List.copyOf(existing);
    this.input = input.resources();
    List<Resource> everything = new ArrayList<>(this.existing);
    everything.addAll(this.input);
    this.all = List.copyOf(everything);
    Map<String, List<Resource>> index = new LinkedHashMap<>();
    for (Resource r : all) {
      index.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
    }
    index.replaceAll((k, v) -> Collections.unmodifiableList(v));
    this.byKind = Collections.unmodifiableMap(index);
    this.builtIn = builtIn;
    this.podTemplates = all.stream().flatMap(r -> Workloads.podTemplate(r).stream()).toList();
  }

  /** Objects that exist before the input is applied. */
  public List<Resource> existing() {
    return existing;
  }

  /** The input objects. */
  public List<Resource> input() {
    return input;
  }

  /** Existing and input objects together. */
  public List<Resource> all() {
    return all;
  }

  public List<Resource> ofKind(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  public List<Resource> nodes() {
    return ofKind("Node").stream().filter(r -> r.group().isEmpty()).toList();
  }

  /** The object of this group, kind, namespace ({@code ""} for cluster-scoped) and name. */
  public Optional<Resource> find(String group, String kind, String namespace,
      String name) {
    return ofKind(kind).stream().filter(r -> r.group().equals(group) && r.name().equals(name)
        && r.effectiveNamespace().equals(namespace)).findFirst();
  }

  /** The pod templates of every object that creates pods, existing and input. */
  public List<PodTemplate> podTemplates() {
    return podTemplates;
  }

  /** Whether this is the built-in default cluster rather than a {@code --cluster} file. */
  public boolean isBuiltIn() {
    return builtIn;
  }
}
