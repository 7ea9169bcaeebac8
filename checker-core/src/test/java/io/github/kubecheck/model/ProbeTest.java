package io.github.kubecheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Probes as the kubelet runs them: the port of httpGet, tcpSocket and grpc handlers, a named
 * port looked up among the probed container's own ports only (probe.ResolveContainerPort, any
 * protocol), and the API defaults periodSeconds 10 and failureThreshold 3.
 */
class ProbeTest {

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
        - name: app
          ports:
          - name: http
            containerPort: 8080
          - name: stats
            containerPort: 9000
            protocol: UDP
          readinessProbe:
            httpGet: {path: /ready, port: http}
          livenessProbe:
            tcpSocket: {port: stats}
            periodSeconds: 20
            failureThreshold: 5
          startupProbe:
            grpc: {port: 9090}
        - name: other
          livenessProbe:
            httpGet: {path: /, port: http}
          readinessProbe:
            exec: {command: [true]}
          startupProbe: not-a-probe
      """;

  @Test
  void namedPortsResolveAgainstTheContainersOwnPortsOfAnyProtocol() {
    List<Container> cs = ModelReading.containers(POD);
    Probe ready = Probe.of(cs.get(0), Probe.READINESS).orElseThrow();
    assertThat(ready.handler().orElseThrow().name()).isEqualTo("httpGet");
    assertThat(ready.port().orElseThrow().text()).isEqualTo("http");
    assertThat(ready.resolvedPort()).contains(8080);
    assertThat(ready.locatePort().path())
        .isEqualTo("spec.containers[0].readinessProbe.httpGet.port");
    assertThat(Probe.of(cs.get(0), Probe.LIVENESS).orElseThrow().resolvedPort()).contains(9000);
    assertThat(Probe.of(cs.get(0), Probe.STARTUP).orElseThrow().resolvedPort()).contains(9090);
    // Another container's port of that name does not count.
    assertThat(Probe.of(cs.get(1), Probe.LIVENESS).orElseThrow().resolvedPort()).isEmpty();
  }

  @Test
  void execHasNoPortAndAProbeThatIsNotAMappingIsAbsent() {
    List<Container> cs = ModelReading.containers(POD);
    Probe exec = Probe.of(cs.get(1), Probe.READINESS).orElseThrow();
    assertThat(exec.handler().orElseThrow().name()).isEqualTo("exec");
    assertThat(exec.port()).isEmpty();
    assertThat(exec.resolvedPort()).isEmpty();
    assertThat(Probe.of(cs.get(1), Probe.STARTUP)).isEmpty();
  }

  @Test
  void theFailureWindowIsPeriodTimesThresholdWithTheApiDefaults() {
    List<Container> cs = ModelReading.containers(POD);
    assertThat(Probe.of(cs.get(0), Probe.READINESS).orElseThrow().failureWindowSeconds())
        .isEqualTo(30);
    assertThat(Probe.of(cs.get(0), Probe.LIVENESS).orElseThrow().failureWindowSeconds())
        .isEqualTo(100);
  }
}
