package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import java.util.List;
import java.util.Optional;

/**
 * One probe of a container ({@code livenessProbe}, {@code readinessProbe} or
 * {@code startupProbe}), read as the kubelet runs it.
 *
 * @param field the container field that holds it
 */
public record Probe(Container container, String field, MappingNode node) {

  public static final String LIVENESS = "livenessProbe";
  public static final String READINESS = "readinessProbe";
  public static final String STARTUP = "startupProbe";

  /** The handlers a probe may name; the API server accepts exactly one. */
  public static final List<String> HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");

  /** The probe in {@code field} of the container; empty when it is absent or not a mapping. */
  public static Optional<Probe> of(Container container, String field) {
    return container.node().mapping(field).map(m -> new Probe(container, field, m));
  }

  /** The handler's key and settings: the first of {@link #HANDLERS} that is a mapping. */
  public Optional<MappingNode.Entry> handler() {
    return HANDLERS.stream().flatMap(h -> node.entry(h).stream())
        .filter(e -> e.value().asMapping().isPresent()).findFirst();
  }

  /** The port the handler connects to, as written; exec has none. */
  public Optional<IntOrString> port() {
    return handler().flatMap(h -> h.value().asMapping()).flatMap(m -> m.get("port"))
        .flatMap(IntOrString::of);
  }

  /** Where the port is written, e.g. {@code livenessProbe.httpGet.port}. */
  public Location locatePort() {
    return locate(handler().map(h -> h.name() + ".port").orElse(""));
  }

  /**
   * The port number the kubelet connects to: a number as written, or the container's own port
   * of that name (any protocol: the kubelet looks only at the probed container's ports); empty
   * for exec, or a name the container does not declare.
   */
  public Optional<Integer> resolvedPort() {
    Optional<IntOrString> port = port();
    if (port.isEmpty()) {
      return Optional.empty();
    }
    if (port.get().isNumber()) {
      return port.get().number();
    }
    String name = port.get().text();
    return container.declaredPorts().stream().filter(p -> p.name().equals(name)).findFirst()
        .map(ContainerPort::containerPort);
  }

  /** A field of the probe, e.g. {@code httpGet.port}; {@code ""} is the probe's key. */
  public Location locate(String relative) {
    return container.locate(relative.isEmpty() ? field : field + "." + relative);
  }

  public long periodSeconds() {
    return number("periodSeconds").orElse(10L);
  }

  public long failureThreshold() {
    return number("failureThreshold").orElse(3L);
  }

  /**
   * How long the probe fails in a row before the kubelet acts on it (restarts the container,
   * or marks it unready): periodSeconds × failureThreshold, with the API defaults 10 and 3.
   */
  public long failureWindowSeconds() {
    return periodSeconds() * failureThreshold();
  }

  private Optional<Long> number(String key) {
    return node.get(key).flatMap(Node::asScalar).flatMap(ScalarNode::asLong);
  }
}
