package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One container of a pod template, of any kind, with its position so each field can be located.
 *
 * @param index position in its list (containers, initContainers or ephemeralContainers)
 */
public record Container(PodTemplate pod, ContainerKind kind, int index, MappingNode node) {

  public String name() {
    return node.text("name").orElse("");
  }

  public String image() {
    return node.text("image").orElse("");
  }

  /** Path from the object root, e.g. {@code spec.template.spec.containers[0]}. */
  public String path() {
    return pod.specPath() + "." + kind.field() + "[" + index + "]";
  }

  /** A field of this container, e.g. {@code securityContext.privileged}. */
  public Location locate(String relative) {
    String full = relative.isEmpty() ? path() : path() + "." + relative;
    return new Location(NodePath.parse(relative).locate(node), full);
  }

  /** Where to point when a setting is missing: the securityContext key, else the name. */
  public Location securityContextOrName() {
    return node.has("securityContext") ? locate("securityContext") : locate("name");
  }

  public Optional<MappingNode> securityContext() {
    return node.mapping("securityContext");
  }

  public Optional<MappingNode> resources() {
    return node.mapping("resources");
  }

  public List<MappingNode> ports() {
    return node.sequence("ports").map(s -> s.mappings().toList()).orElse(List.of());
  }

  /** The declared ports that have a number, in order; entries without containerPort are left out. */
  public List<ContainerPort> declaredPorts() {
    List<ContainerPort> out = new ArrayList<>();
    node.sequence("ports").ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(n -> n.asMapping())
            .flatMap(m -> ContainerPort.of(this, index, m)).ifPresent(out::add);
      }
    });
    return out;
  }

  /** The declared port of this name (and protocol), as a Service or probe names it. */
  public Optional<ContainerPort> namedPort(String portName, String protocol) {
    return declaredPorts().stream()
        .filter(p -> p.name().equals(portName) && p.protocol().equals(protocol)).findFirst();
  }

  /** "container "web"": how messages name it. */
  public String describe() {
    return kind.noun() + " \"" + name() + "\"";
  }
}
