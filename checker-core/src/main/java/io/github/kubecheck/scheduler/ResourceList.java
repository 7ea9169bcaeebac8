package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.Quantity;
import java.util.Map;
import java.util.TreeMap;

/**
 * Amounts of resources in the units kube-scheduler counts in: CPU in millicores, memory and
 * ephemeral storage in bytes, extended resources (GPUs, hugepages) as whole numbers.
 */
public record ResourceList(long milliCpu, long memory, long ephemeralStorage,
    Map<String, Long> scalars) {

  public static final ResourceList ZERO = new ResourceList(0, 0, 0, Map.of());

  public ResourceList {
    scalars = Map.copyOf(scalars);
  }

  /** Reads a requests or allocatable map; {@code pods} is left out (it is counted apart). */
  public static ResourceList of(Map<String, Quantity> amounts) {
    long cpu = 0;
    long memory = 0;
    long storage = 0;
    Map<String, Long> scalars = new TreeMap<>();
    for (Map.Entry<String, Quantity> e : amounts.entrySet()) {
      Quantity q = e.getValue();
      switch (e.getKey()) {
        case "cpu" -> cpu = q.milliValue();
        case "memory" -> memory = q.longValue();
        case "ephemeral-storage" -> storage = q.longValue();
        case "pods" -> { }
        default -> scalars.put(e.getKey(), q.longValue());
      }
    }
    return new ResourceList(cpu, memory, storage, scalars);
  }

  public ResourceList plus(ResourceList o) {
    Map<String, Long> s = new TreeMap<>(scalars);
    o.scalars.forEach((k, v) -> s.merge(k, v, Long::sum));
    return new ResourceList(milliCpu + o.milliCpu, memory + o.memory,
        ephemeralStorage + o.ephemeralStorage, s);
  }

  public ResourceList minus(ResourceList o) {
    Map<String, Long> s = new TreeMap<>(scalars);
    o.scalars.forEach((k, v) -> s.merge(k, -v, Long::sum));
    return new ResourceList(milliCpu - o.milliCpu, memory - o.memory,
        ephemeralStorage - o.ephemeralStorage, s);
  }

  /** The larger amount of each resource. */
  public ResourceList max(ResourceList o) {
    Map<String, Long> s = new TreeMap<>(scalars);
    o.scalars.forEach((k, v) -> s.merge(k, v, Math::max));
    return new ResourceList(Math.max(milliCpu, o.milliCpu), Math.max(memory, o.memory),
        Math.max(ephemeralStorage, o.ephemeralStorage), s);
  }

  public long scalar(String name) {
    return scalars.getOrDefault(name, 0L);
  }
}
