package io.github.kubecheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replica counts as the controllers see them: spec.replicas defaulting to 1, a
 * HorizontalPodAutoscaler's minReplicas (default 1) and maxReplicas taking over while it targets
 * the workload, an autoscaler leaving a workload scaled to zero alone, and controller-owned
 * objects left to their owner.
 */
class ReplicasTest {

  private static final String INPUT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec: {}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: db, namespace: shop}
      spec: {replicas: 3}
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: {name: web, namespace: shop}
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
        maxReplicas: 6
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: {name: db, namespace: other}
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: StatefulSet, name: db}
        minReplicas: 5
        maxReplicas: 9
      ---
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: web-5d4f
        namespace: shop
        ownerReferences:
        - {apiVersion: apps/v1, kind: Deployment, name: web, uid: u, controller: true}
      spec: {replicas: 2}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: paused, namespace: shop}
      spec: {replicas: 0}
      ---
      apiVersion: autoscaling/v1
      kind: HorizontalPodAutoscaler
      metadata: {name: paused, namespace: shop}
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: paused}
        minReplicas: 2
        maxReplicas: 4
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent, namespace: shop}
      spec: {}
      """;

  @Test
  void autoscalersInTheSameNamespaceSetTheBounds() {
    List<Resource> all = ModelReading.read(INPUT).resources();
    Replicas web = Replicas.of(all.get(0), all).orElseThrow();
    assertThat(web.min()).isEqualTo(1);
    assertThat(web.max()).isEqualTo(6);
    assertThat(web.autoscaler().orElseThrow().resource().name()).isEqualTo("web");
    // The autoscaler named db lives in another namespace.
    Replicas db = Replicas.of(all.get(1), all).orElseThrow();
    assertThat(db.min()).isEqualTo(3);
    assertThat(db.max()).isEqualTo(3);
    assertThat(db.autoscaler()).isEmpty();
  }

  @Test
  void ownedZeroAndUnreplicatedKindsAreLeftOut() {
    List<Resource> all = ModelReading.read(INPUT).resources();
    assertThat(Replicas.of(all.get(4), all)).isEmpty();
    Replicas paused = Replicas.of(all.get(5), all).orElseThrow();
    assertThat(paused.max()).isZero();
    assertThat(paused.autoscaler()).isEmpty();
    assertThat(Replicas.of(all.get(7), all)).isEmpty();
  }
}
