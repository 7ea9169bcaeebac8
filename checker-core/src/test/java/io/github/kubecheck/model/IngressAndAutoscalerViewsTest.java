package io.github.kubecheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Ingresses read as controllers read them (networking.k8s.io/v1 IngressBackend with a service
 * name and port number or name, the v1beta1 serviceName/servicePort form, defaultBackend), and
 * HorizontalPodAutoscalers as the controller reads them (utilization metrics in v2 and v2beta1,
 * v1's targetCPUUtilizationPercentage, and the 80% CPU default when no metric is given).
 */
class IngressAndAutoscalerViewsTest {

  private static Resource read(String yaml) {
    return new Manifests(List.of(new YamlReader(YamlLimits.DEFAULT)
        .read("i.yaml", yaml.getBytes(StandardCharsets.UTF_8))), List.of()).resources().get(0);
  }

  @Test
  void v1IngressBackendsClassAndTls() {
    Ingress i = Ingress.of(read("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: web, namespace: shop}
        spec:
          ingressClassName: nginx
          defaultBackend:
            service: {name: fallback, port: {number: 80}}
          tls:
          - {hosts: [a.example.com], secretName: a-tls}
          - {hosts: [b.example.com]}
          rules:
          - http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service: {name: web, port: {name: http}}
              - path: /static
                pathType: Prefix
                backend:
                  resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: assets}
          - host: no-http.example.com
        """));
    assertThat(i.className()).contains("nginx");
    assertThat(i.backends()).extracting(Ingress.Backend::service)
        .containsExactly("fallback", "web");
    assertThat(i.backends().get(0).port().orElseThrow().number()).contains(80);
    assertThat(i.backends().get(1).port().orElseThrow().text()).isEqualTo("http");
    assertThat(i.locate(i.backends().get(1), i.backends().get(1).portField()).path())
        .isEqualTo("spec.rules[0].http.paths[0].backend.service.port.name");
    assertThat(i.locate(i.backends().get(1), "service.name").span().line()).isEqualTo(17);
    assertThat(i.tls()).extracting(Ingress.Tls::secretName).containsExactly("a-tls");
  }

  @Test
  void v1beta1BackendsAndTheClassAnnotation() {
    Ingress i = Ingress.of(read("""
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: old
          annotations: {kubernetes.io/ingress.class: nginx}
        spec:
          backend: {serviceName: fallback, servicePort: 8080}
          rules:
          - http:
              paths:
              - backend: {serviceName: web, servicePort: http}
        """));
    assertThat(i.className()).isEmpty();
    assertThat(i.classAnnotation()).contains("nginx");
    assertThat(i.backends()).extracting(Ingress.Backend::service)
        .containsExactly("fallback", "web");
    assertThat(i.backends().get(0).port().orElseThrow().number()).contains(8080);
    assertThat(i.backends().get(1).portField()).isEqualTo("servicePort");
  }

  @Test
  void autoscalerV2UtilizationMetricsOnly() {
    HorizontalPodAutoscaler h = HorizontalPodAutoscaler.of(read("""
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web, namespace: shop}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 2
          maxReplicas: 10
          metrics:
          - type: Resource
            resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
          - type: Resource
            resource: {name: memory, target: {type: AverageValue, averageValue: 500Mi}}
          - type: ContainerResource
            containerResource:
              name: memory
              container: web
              target: {type: Utilization, averageUtilization: 70}
          - type: Pods
            pods: {metric: {name: rps}, target: {type: AverageValue, averageValue: "10"}}
        """));
    assertThat(h.target()).contains(
        new HorizontalPodAutoscaler.ScaleTarget("apps/v1", "Deployment", "web"));
    assertThat(h.target().orElseThrow().group()).isEqualTo("apps");
    assertThat(h.minReplicas()).contains(2);
    assertThat(h.maxReplicas()).contains(10);
    assertThat(h.utilizationMetrics()).extracting(
        m -> m.resourceName() + "/" + m.container().orElse("") + "@" + m.path())
        .containsExactly("cpu/@spec.metrics[0].resource",
            "memory/web@spec.metrics[2].containerResource");
  }

  @Test
  void withoutMetricsTheControllerTargetsCpu() {
    HorizontalPodAutoscaler v2 = HorizontalPodAutoscaler.of(read("""
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        spec:
          scaleTargetRef: {kind: Deployment, name: web}
          maxReplicas: 3
        """));
    assertThat(v2.utilizationMetrics()).singleElement().satisfies(m -> {
      assertThat(m.resourceName()).isEqualTo("cpu");
      assertThat(m.implicit()).isTrue();
    });
    assertThat(v2.effectiveMinReplicas()).isEqualTo(1);
    assertThat(v2.target().orElseThrow().apiVersion()).isEmpty();
    HorizontalPodAutoscaler v1 = HorizontalPodAutoscaler.of(read("""
        apiVersion: autoscaling/v1
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          maxReplicas: 3
          targetCPUUtilizationPercentage: 50
        """));
    assertThat(v1.utilizationMetrics()).singleElement().satisfies(m -> {
      assertThat(m.path()).isEqualTo("spec.targetCPUUtilizationPercentage");
      assertThat(m.implicit()).isFalse();
    });
  }

  @Test
  void v2beta1TargetAverageUtilization() {
    HorizontalPodAutoscaler h = HorizontalPodAutoscaler.of(read("""
        apiVersion: autoscaling/v2beta1
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        spec:
          scaleTargetRef: {kind: Deployment, name: web}
          maxReplicas: 3
          metrics:
          - type: Resource
            resource: {name: memory, targetAverageUtilization: 80}
          - type: Resource
            resource: {name: cpu, targetAverageValue: 500m}
        """));
    assertThat(h.utilizationMetrics()).extracting(m -> m.resourceName())
        .containsExactly("memory");
    assertThat(HorizontalPodAutoscaler.of(read("""
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        spec: {scaleTargetRef: {name: web}, maxReplicas: "3"}
        """)).target()).isEqualTo(Optional.empty());
  }
}
