package io.github.kubecheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kubelet's merge of PodSecurityContext into each container's SecurityContext
 * (securitycontext.DetermineEffectiveSecurityContext): the container's own value wins, the pod's
 * applies to the fields both have, and container-only fields are never inherited.
 */
class EffectiveSecurityContextTest {

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        securityContext:
          runAsUser: 1000
          runAsGroup: 2000
          runAsNonRoot: true
        initContainers:
        - name: init
          securityContext:
            runAsUser: 0
            readOnlyRootFilesystem: true
        containers:
        - name: app
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
              add: [NET_BIND_SERVICE, 7]
        ephemeralContainers:
        - name: debug
          securityContext:
            runAsUser: "root"
            privileged: yes
      """;

  @Test
  void theContainersOwnValueWinsOverThePods() {
    List<Container> cs = ModelReading.containers(POD);
    var init = EffectiveSecurityContext.of(cs.get(0));
    assertThat(init.runAsUser().orElseThrow().value()).isZero();
    assertThat(init.runAsUser().orElseThrow().fromPod()).isFalse();
    assertThat(init.runAsUser().orElseThrow().at().path())
        .isEqualTo("spec.initContainers[0].securityContext.runAsUser");
    assertThat(init.runAsGroup().orElseThrow().value()).isEqualTo(2000L);
    assertThat(init.runAsGroup().orElseThrow().fromPod()).isTrue();
    assertThat(init.runAsGroup().orElseThrow().at().path())
        .isEqualTo("spec.securityContext.runAsGroup");
    assertThat(init.runAsGroup().orElseThrow().at().span().line()).isEqualTo(7);
  }

  @Test
  void containerOnlyFieldsAreNotInherited() {
    List<Container> cs = ModelReading.containers(POD);
    var app = EffectiveSecurityContext.of(cs.get(1));
    assertThat(app.runAsNonRoot().orElseThrow().fromPod()).isTrue();
    assertThat(app.readOnlyRootFilesystem()).isEmpty();
    assertThat(app.allowPrivilegeEscalation().orElseThrow().value()).isFalse();
    assertThat(app.droppedCapabilities()).containsExactly("ALL");
    assertThat(app.addedCapabilities()).containsExactly("NET_BIND_SERVICE", "7");
    assertThat(app.missingAt().path()).isEqualTo("spec.containers[0].securityContext");
  }

  @Test
  void valuesOfTheWrongTypeReadAsUnsetAndYaml11BooleansAsBooleans() {
    List<Container> cs = ModelReading.containers(POD);
    var debug = EffectiveSecurityContext.of(cs.get(2));
    // "root" is not a number: the container sets nothing usable, so the pod's value shows.
    assertThat(debug.runAsUser().orElseThrow().value()).isEqualTo(1000L);
    assertThat(debug.privileged().orElseThrow().value()).isTrue();
  }

  @Test
  void aContainerWithoutAnyContextIsPointedAtByName() {
    List<Container> cs = ModelReading.containers("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: bare
            image: nginx:1.27
        """);
    var bare = EffectiveSecurityContext.of(cs.get(0));
    assertThat(bare.runAsUser()).isEmpty();
    assertThat(bare.addedCapabilities()).isEmpty();
    assertThat(bare.missingAt().path()).isEqualTo("spec.containers[0].name");
  }
}
