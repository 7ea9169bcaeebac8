package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Ingress as controllers read it: its class, the Services its rules and default backend send
 * traffic to, and its TLS secrets. Reads networking.k8s.io/v1 ({@code backend.service.name},
 * {@code port.number} or {@code port.name}) and the removed v1beta1 form ({@code serviceName},
 * {@code servicePort}) alike.
 */
public record Ingress(Resource resource, Optional<String> className,
    Optional<String> classAnnotation, List<Backend> backends, List<Tls> tls) {

  /** The deprecated annotation that named a class before {@code spec.ingressClassName}. */
  public static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";

  /**
   * A Service backend.
   *
   * @param path where the backend sits, e.g. {@code spec.rules[0].http.paths[1].backend}
   * @param port the port as a number or a Service port name; empty when not given
   * @param nameField the field holding the Service name, relative to {@code path}
   * @param portField the field holding the port, relative to {@code path}
   */
  public record Backend(String path, String service, Optional<IntOrString> port,
      String nameField, String portField) {}

  /** One {@code spec.tls} entry that names a secret. */
  public record Tls(int index, String secretName) {
    public String path() {
      return "spec.tls[" + index + "].secretName";
    }
  }

  public static boolean isIngress(Resource r) {
    return r.kind().equals("Ingress")
        && (r.group().equals("networking.k8s.io") || r.group().equals("extensions"));
  }

  public static Ingress of(Resource r) {
    MappingNode spec = r.spec();
    List<Backend> backends = new ArrayList<>();
    // v1 calls it defaultBackend; v1beta1 called it backend.
    for (String key : List.of("defaultBackend", "backend")) {
      spec.mapping(key).flatMap(b -> backend("spec." + key, b)).ifPresent(backends::add);
    }
    spec.sequence("rules").ifPresent(rules -> {
      for (int i = 0; i < rules.size(); i++) {
        int rule = i;
        rules.get(i).flatMap(Node::asMapping).flatMap(m -> m.mapping("http"))
            .flatMap(h -> h.sequence("paths")).ifPresent(paths -> {
              for (int j = 0; j < paths.size(); j++) {
                String at = "spec.rules[" + rule + "].http.paths[" + j + "].backend";
                paths.get(j).flatMap(Node::asMapping).flatMap(p -> p.mapping("backend"))
                    .flatMap(b -> backend(at, b)).ifPresent(backends::add);
              }
            });
      }
    });
    List<Tls> tls = new ArrayList<>();
    spec.sequence("tls").ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(Node::asMapping).flatMap(t -> t.text("secretName"))
            .filter(n -> !n.isEmpty()).ifPresent(n -> tls.add(new Tls(index, n)));
      }
    });
    return new Ingress(r, spec.text("ingressClassName").filter(n -> !n.isEmpty()),
        Optional.ofNullable(r.annotations().get(CLASS_ANNOTATION)).filter(n -> !n.isEmpty()),
        List.copyOf(backends), List.copyOf(tls));
  }

  private static Optional<Backend> backend(String path, MappingNode b) {
    Optional<MappingNode> service = b.mapping("service");
    if (service.isPresent()) {
      MappingNode s = service.get();
      Optional<MappingNode> port = s.mapping("port");
      Optional<IntOrString> number = port.flatMap(p -> p.get("number"))
          .flatMap(IntOrString::of).filter(IntOrString::isNumber);
      Optional<IntOrString> name = port.flatMap(p -> p.text("name")).filter(n -> !n.isEmpty())
          .map(n -> new IntOrString(Optional.empty(), n));
      String portField = number.isPresent() ? "service.port.number"
          : name.isPresent() ? "service.port.name" : "service.port";
      return s.text("name").filter(n -> !n.isEmpty()).map(n -> new Backend(path, n,
          number.or(() -> name), "service.name", portField));
    }
    return b.text("serviceName").filter(n -> !n.isEmpty()).map(n -> new Backend(path, n,
        b.get("servicePort").flatMap(IntOrString::of), "serviceName", "servicePort"));
  }

  /** Where a backend's field is, e.g. its Service name. */
  public Location locate(Backend backend, String field) {
    return resource.locate(backend.path() + "." + field);
  }
}
