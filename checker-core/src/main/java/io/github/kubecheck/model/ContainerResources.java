package io.github.kubecheck.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests and limits a container runs with, by resource name, with the quantities as
 * written. Ephemeral containers have none.
 */
public record ContainerResources(Map<String, String> requests, Map<String, String> limits) {

  public ContainerResources {
    requests = Map.copyOf(requests);
    limits = Map.copyOf(limits);
  }

  /** What the container's {@code resources} says, nothing added. */
  public static ContainerResources declared(Container c) {
    return new ContainerResources(
        c.resources().map(r -> r.stringMap("requests")).orElse(Map.of()),
        c.resources().map(r -> r.stringMap("limits")).orElse(Map.of()));
  }

  /**
   * What the pod is created with: the API's defaulting first (a request left out defaults to
   * the limit of the same resource), then the LimitRanger admission plugin, which fills each
   * limit and request still missing from the LimitRanges of the pod's namespace, the first
   * LimitRange (by name) that defines a resource winning.
   */
  public static ContainerResources effective(Container c, List<LimitRange> inNamespace) {
    ContainerResources own = declared(c);
    if (c.kind() == ContainerKind.EPHEMERAL) {
      return own;
    }
    Map<String, String> requests = new LinkedHashMap<>(own.requests());
    Map<String, String> limits = new LinkedHashMap<>(own.limits());
    limits.forEach(requests::putIfAbsent);
    inNamespace.stream().sorted(Comparator.comparing(l -> l.resource().name())).forEach(l -> {
      l.defaultLimits().forEach(limits::putIfAbsent);
      l.defaultRequests().forEach(requests::putIfAbsent);
    });
    return new ContainerResources(requests, limits);
  }
}
