package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import java.util.Optional;

/**
 * One entry of a container's {@code ports}: what Services, probes and network policies resolve
 * port names against.
 *
 * @param index position in the container's {@code ports} list, for locating it
 * @param name the port's name; empty when it has none
 * @param protocol TCP (the default), UDP or SCTP
 */
public record ContainerPort(Container container, int index, String name, int containerPort,
    String protocol, Optional<Integer> hostPort, String hostIP) {

  /** Reads one port entry; empty when containerPort is missing or not a number. */
  static Optional<ContainerPort> of(Container container, int index, MappingNode node) {
    Optional<Integer> number = node.get("containerPort").flatMap(n -> n.asScalar())
        .flatMap(s -> s.asLong()).map(Long::intValue);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> host = node.get("hostPort").flatMap(n -> n.asScalar())
        .flatMap(s -> s.asLong()).map(Long::intValue).filter(p -> p > 0);
    return Optional.of(new ContainerPort(container, index, node.text("name").orElse(""),
        number.get(), node.text("protocol").orElse("TCP"), host, node.text("hostIP").orElse("")));
  }

  /** Path from the object root, e.g. {@code spec.template.spec.containers[0].ports[1]}. */
  public String path() {
    return container.path() + ".ports[" + index + "]";
  }

  public Location locate() {
    return container.locate("ports[" + index + "]");
  }
}
