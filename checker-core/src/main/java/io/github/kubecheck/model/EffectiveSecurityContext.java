package io.github.kubecheck.model;

import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The security settings a container runs with: its own {@code securityContext}, and for the
 * fields the pod-level context also has (runAsUser, runAsGroup, runAsNonRoot) the pod's value
 * when the container sets none, as the kubelet merges them. Values of the wrong YAML type read
 * as unset; the schema rules report them.
 */
public record EffectiveSecurityContext(Container container) {

  /**
   * A setting and where it is written.
   *
   * @param fromPod whether the value is the pod's, inherited because the container sets none
   */
  public record Setting<T>(T value, Location at, boolean fromPod) {}

  public static EffectiveSecurityContext of(Container container) {
    return new EffectiveSecurityContext(container);
  }

  public Optional<Setting<Long>> runAsUser() {
    return inherited("runAsUser", EffectiveSecurityContext::asLong);
  }

  public Optional<Setting<Long>> runAsGroup() {
    return inherited("runAsGroup", EffectiveSecurityContext::asLong);
  }

  public Optional<Setting<Boolean>> runAsNonRoot() {
    return inherited("runAsNonRoot", EffectiveSecurityContext::asBoolean);
  }

  public Optional<Setting<Boolean>> readOnlyRootFilesystem() {
    return own("readOnlyRootFilesystem", EffectiveSecurityContext::asBoolean);
  }

  public Optional<Setting<Boolean>> allowPrivilegeEscalation() {
    return own("allowPrivilegeEscalation", EffectiveSecurityContext::asBoolean);
  }

  public Optional<Setting<Boolean>> privileged() {
    return own("privileged", EffectiveSecurityContext::asBoolean);
  }

  /** {@code capabilities.add}, string items only. */
  public List<String> addedCapabilities() {
    return capabilities("add");
  }

  /** {@code capabilities.drop}, string items only. */
  public List<String> droppedCapabilities() {
    return capabilities("drop");
  }

  /**
   * Where a finding about a setting the container lacks points: its {@code securityContext}
   * key, else its name.
   */
  public Location missingAt() {
    return container.securityContextOrName();
  }

  private List<String> capabilities(String key) {
    return container.securityContext().flatMap(sc -> sc.mapping("capabilities"))
        .flatMap(c -> c.sequence(key)).map(s -> s.texts()).orElse(List.of());
  }

  private <T> Optional<Setting<T>> own(String key, Function<Node, Optional<T>> read) {
    return container.securityContext().flatMap(sc -> sc.get(key)).flatMap(read)
        .map(v -> new Setting<>(v, container.locate("securityContext." + key), false));
  }

  private <T> Optional<Setting<T>> inherited(String key, Function<Node, Optional<T>> read) {
    Optional<Setting<T>> own = own(key, read);
    if (own.isPresent()) {
      return own;
    }
    PodTemplate pod = container.pod();
    return pod.securityContext().flatMap(sc -> sc.get(key)).flatMap(read)
        .map(v -> new Setting<>(v, pod.locateInSpec("securityContext." + key), true));
  }

  private static Optional<Long> asLong(Node n) {
    return n.asScalar().flatMap(ScalarNode::asLong);
  }

  private static Optional<Boolean> asBoolean(Node n) {
    return n.asScalar().flatMap(ScalarNode::asBoolean);
  }
}
