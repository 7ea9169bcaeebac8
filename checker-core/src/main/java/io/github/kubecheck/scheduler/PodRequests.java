package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.ContainerKind;
import io.github.kubecheck.model.ContainerResources;
import io.github.kubecheck.model.LimitRange;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Quantity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a pod asks of a node, computed as kube-scheduler does (resource helpers' PodRequests): the
 * app containers and the sidecars (restartable init containers) add up; each plain init
 * container runs alone beside the sidecars started before it; the pod needs the larger of the
 * two, plus its {@code overhead}.
 */
final class PodRequests {

  /** What scoring assumes for a container that requests no CPU or memory (schedutil). */
  static final long DEFAULT_MILLI_CPU = 100;
  static final long DEFAULT_MEMORY = 200L * 1024 * 1024;

  private PodRequests() {}

  /** The requests the NodeResourcesFit filter checks. */
  static ResourceList of(PodTemplate pod, List<LimitRange> limitRanges) {
    return compute(pod, limitRanges, r -> r);
  }

  /** The requests scoring uses: a container without CPU or memory requests counts the defaults. */
  static ResourceList forScoring(PodTemplate pod, List<LimitRange> limitRanges) {
    return compute(pod, limitRanges, r -> new ResourceList(
        r.milliCpu() == 0 ? DEFAULT_MILLI_CPU : r.milliCpu(),
        r.memory() == 0 ? DEFAULT_MEMORY : r.memory(), r.ephemeralStorage(), r.scalars()));
  }

  private static ResourceList compute(PodTemplate pod, List<LimitRange> limitRanges,
      Function<ResourceList, ResourceList> perContainer) {
    ResourceList app = ResourceList.ZERO;
    ResourceList sidecars = ResourceList.ZERO;
    ResourceList init = ResourceList.ZERO;
    for (Container c : pod.containers()) {
      ResourceList r = perContainer.apply(requests(c, limitRanges));
      switch (c.kind()) {
        case APP -> app = app.plus(r);
        case SIDECAR -> {
          sidecars = sidecars.plus(r);
          init = init.max(sidecars);
        }
        case INIT -> init = init.max(r.plus(sidecars));
        default -> { }
      }
    }
    ResourceList total = app.plus(sidecars).max(init);
    Map<String, Quantity> overhead = new LinkedHashMap<>();
    pod.spec().stringMap("overhead")
        .forEach((k, v) -> Quantity.parse(v).ifPresent(q -> overhead.put(k, q)));
    return total.plus(ResourceList.of(overhead));
  }

  private static ResourceList requests(Container c, List<LimitRange> limitRanges) {
    if (c.kind() == ContainerKind.EPHEMERAL) {
      return ResourceList.ZERO;
    }
    Map<String, Quantity> amounts = new LinkedHashMap<>();
    ContainerResources.effective(c, limitRanges).requests()
        .forEach((k, v) -> Quantity.parse(v).ifPresent(q -> amounts.put(k, q)));
    return ResourceList.of(amounts);
  }

  /** The limits of the long-running containers, for the overcommit rule. */
  static ResourceList limits(PodTemplate pod, List<LimitRange> limitRanges) {
    ResourceList sum = ResourceList.ZERO;
    for (Container c : pod.containers()) {
      if (c.kind().longRunning()) {
        Map<String, Quantity> amounts = new LinkedHashMap<>();
        ContainerResources.effective(c, limitRanges).limits()
            .forEach((k, v) -> Quantity.parse(v).ifPresent(q -> amounts.put(k, q)));
        sum = sum.plus(ResourceList.of(amounts));
      }
    }
    return sum;
  }
}
