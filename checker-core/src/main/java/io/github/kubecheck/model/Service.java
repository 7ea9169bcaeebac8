package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Service as its consumers read it: selector, ports and type.
 *
 * @param selector the pod selector; empty when the Service has none (its endpoints are managed
 *     by hand, as for an ExternalName Service or one with its own EndpointSlices)
 */
public record Service(Resource resource, Optional<Map<String, String>> selector,
    List<ServicePort> ports, String type, String clusterIP) {

  /** One entry of {@code spec.ports}; {@code targetPort} defaults to {@code port}. */
  public record ServicePort(int index, String name, int port, IntOrString targetPort,
      String protocol, Optional<Integer> nodePort) {

    public String path() {
      return "spec.ports[" + index + "]";
    }
  }

  public static boolean isService(Resource r) {
    return r.is("", "Service");
  }

  public static Service of(Resource r) {
    MappingNode spec = r.spec();
    Optional<Map<String, String>> selector = spec.mapping("selector")
        .filter(m -> !m.isEmpty()).map(m -> spec.stringMap("selector"));
    List<ServicePort> ports = new ArrayList<>();
    spec.sequence("ports").ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(Node::asMapping).ifPresent(p -> port(index, p).ifPresent(ports::add));
      }
    });
    return new Service(r, selector, List.copyOf(ports), spec.text("type").orElse("ClusterIP"),
        spec.text("clusterIP").orElse(""));
  }

  private static Optional<ServicePort> port(int index, MappingNode p) {
    Optional<Integer> number = integer(p, "port");
    if (number.isEmpty()) {
      return Optional.empty();
    }
    IntOrString target = p.get("targetPort").flatMap(IntOrString::of)
        .orElse(new IntOrString(number, String.valueOf(number.get())));
    return Optional.of(new ServicePort(index, p.text("name").orElse(""), number.get(), target,
        p.text("protocol").orElse("TCP"), integer(p, "nodePort")));
  }

  private static Optional<Integer> integer(MappingNode m, String key) {
    return m.get(key).flatMap(Node::asScalar).flatMap(s -> s.asLong()).map(Long::intValue);
  }

  /** {@code clusterIP: None}: DNS gives the pods' addresses, as StatefulSets need. */
  public boolean isHeadless() {
    return "None".equals(clusterIP);
  }

  public boolean isExternalName() {
    return "ExternalName".equals(type);
  }

  /** Whether the Service sends traffic to pods with these labels in its namespace. */
  public boolean selects(PodTemplate t) {
    return selector.isPresent() && t.namespace().equals(resource.effectiveNamespace())
        && LabelSelector.ofMap(selector.get()).matches(t.labels());
  }
}
