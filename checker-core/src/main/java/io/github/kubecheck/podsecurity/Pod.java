package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.NodePath;
import io.github.kubecheck.yaml.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pod template as the checks read it. Values of the wrong type read as absent, as the API
 * server would have refused them before admission.
 */
public final class Pod {

  private final PodTemplate template;
  private final List<Container> containers;

  public Pod(PodTemplate template) {
    this.template = template;
    this.containers = List.copyOf(template.containers());
  }

  public PodTemplate template() {
    return template;
  }

  public MappingNode spec() {
    return template.spec();
  }

  /** Init (sidecar included), app and ephemeral containers, in upstream's visiting order. */
  public List<Container> containers() {
    return containers;
  }

  public Map<String, String> annotations() {
    return template.annotations();
  }

  /** {@code spec.os.name: windows}, which some restricted checks exempt from 1.25. */
  public boolean isWindows() {
    return template.isWindows();
  }

  /** {@code spec.hostUsers: false}: the pod runs in a user namespace. */
  public boolean inUserNamespace() {
    return spec().bool("hostUsers").map(b -> !b).orElse(false);
  }

  public Optional<MappingNode> securityContext() {
    return template.securityContext();
  }

  /** A field of the pod's securityContext, e.g. {@code seccompProfile}. */
  public Optional<MappingNode> podContext(String key) {
    return securityContext().flatMap(sc -> sc.mapping(key));
  }

  public Location inSpec(String relative) {
    return template.locateInSpec(relative);
  }

  public Location annotation(String key) {
    String meta = template.path().isEmpty() ? "metadata" : template.path() + ".metadata";
    return template.owner().locate(NodePath.child(meta + ".annotations", key));
  }

  /** The boolean at {@code key} when it is one. */
  public static Optional<Boolean> bool(Optional<MappingNode> map, String key) {
    return map.flatMap(m -> m.bool(key));
  }

  /** The scalar at {@code key} as text; absent when unset or null, as for a Go pointer. */
  public static Optional<String> text(Optional<MappingNode> map, String key) {
    return map.flatMap(m -> m.text(key));
  }

  public static Optional<Long> integer(Optional<MappingNode> map, String key) {
    return map.flatMap(m -> m.get(key)).flatMap(n -> n.asScalar()).flatMap(ScalarNode::asLong);
  }

  public static Optional<MappingNode> mapping(Optional<MappingNode> map, String key) {
    return map.flatMap(m -> m.mapping(key));
  }

  /** The items of a list of strings; non-string items are left out. */
  public static List<String> strings(Optional<MappingNode> map, String key) {
    return map.flatMap(m -> m.sequence(key)).map(s -> s.texts()).orElse(List.of());
  }
}
