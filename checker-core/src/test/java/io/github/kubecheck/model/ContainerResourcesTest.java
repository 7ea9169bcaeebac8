package io.github.kubecheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The resources a container is created with: SetDefaults_Pod (requests default to limits),
 * then the LimitRanger admission plugin (defaultContainerResourceRequirements,
 * mergeContainerResources) with LimitRange items defaulted by SetDefaults_LimitRangeItem.
 */
class ContainerResourcesTest {

  private static final String LIMIT_RANGES = """
      apiVersion: v1
      kind: LimitRange
      metadata: {name: b-defaults, namespace: team}
      spec:
        limits:
        - type: Pod
          max: {cpu: "8"}
        - type: Container
          max: {memory: 2Gi}
          min: {cpu: 50m}
      ---
      apiVersion: v1
      kind: LimitRange
      metadata: {name: a-defaults, namespace: team}
      spec:
        limits:
        - type: Container
          default: {cpu: 500m}
          defaultRequest: {memory: 128Mi}
      """;

  private static List<LimitRange> limitRanges() {
    return ModelReading.read(LIMIT_RANGES).resources().stream().map(LimitRange::of).toList();
  }

  @Test
  void limitRangeItemsAreDefaultedAsTheApiDoes() {
    List<LimitRange> ranges = limitRanges();
    LimitRange b = ranges.get(0);
    // max becomes the default limit; the default limit and then min become the default request.
    assertThat(b.defaultLimits()).isEqualTo(Map.of("memory", "2Gi"));
    assertThat(b.defaultRequests()).isEqualTo(Map.of("memory", "2Gi", "cpu", "50m"));
    LimitRange a = ranges.get(1);
    assertThat(a.defaultLimits()).isEqualTo(Map.of("cpu", "500m"));
    assertThat(a.defaultRequests()).isEqualTo(Map.of("cpu", "500m", "memory", "128Mi"));
  }

  @Test
  void requestsDefaultToLimitsBeforeTheLimitRangerFillsWhatIsLeft() {
    List<Container> cs = ModelReading.containers("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: team}
        spec:
          initContainers:
          - name: init
          containers:
          - name: app
            resources:
              limits: {memory: 1Gi}
          ephemeralContainers:
          - name: debug
        """);
    ContainerResources app = ContainerResources.effective(cs.get(1), limitRanges());
    assertThat(app.requests()).containsEntry("memory", "1Gi");
    // The first LimitRange by name gives cpu; memory was already defaulted from the limit.
    assertThat(app.limits()).isEqualTo(Map.of("memory", "1Gi", "cpu", "500m"));
    assertThat(app.requests()).containsEntry("cpu", "500m");
    ContainerResources init = ContainerResources.effective(cs.get(0), limitRanges());
    assertThat(init.requests()).isEqualTo(Map.of("cpu", "500m", "memory", "128Mi"));
    assertThat(init.limits()).isEqualTo(Map.of("cpu", "500m", "memory", "2Gi"));
    assertThat(ContainerResources.declared(cs.get(0)).requests()).isEmpty();
    // The LimitRanger leaves ephemeral containers alone: they cannot have resources.
    assertThat(ContainerResources.effective(cs.get(2), limitRanges()).limits()).isEmpty();
  }
}
