package io.github.kubecheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Services, disruption budgets and container ports read as their controllers read them. */
class ServiceViewsTest {

  private static Manifests read(String yaml) {
    return new Manifests(List.of(new YamlReader(YamlLimits.DEFAULT)
        .read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8))), List.of());
  }

  private static final String WEB = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: web}}
          spec:
            initContainers:
            - name: proxy
              restartPolicy: Always
              ports: [{name: admin, containerPort: 9901}]
            - name: migrate
              ports: [{name: migrate, containerPort: 7000}]
            containers:
            - name: web
              ports:
              - {name: http, containerPort: 8080}
              - {name: dns, containerPort: 53, protocol: UDP}
              - {name: broken}
      """;

  @Test
  void targetPortDefaultsToPortAndProtocolToTcp() {
    Manifests m = read("""
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec:
          selector: {app: web}
          ports:
          - {name: http, port: 80, targetPort: http}
          - {port: 8443}
          - {name: no-number}
        """);
    Service s = Service.of(m.resources().get(0));
    assertThat(s.selector()).contains(Map.of("app", "web"));
    assertThat(s.ports()).hasSize(2);
    assertThat(s.ports().get(0).targetPort().text()).isEqualTo("http");
    assertThat(s.ports().get(0).targetPort().isNumber()).isFalse();
    assertThat(s.ports().get(1).targetPort().number()).contains(8443);
    assertThat(s.ports().get(1).protocol()).isEqualTo("TCP");
    assertThat(s.ports().get(1).path()).isEqualTo("spec.ports[1]");
    assertThat(s.isHeadless()).isFalse();
  }

  @Test
  void anEmptySelectorIsNoSelector() {
    Service s = Service.of(read("""
        apiVersion: v1
        kind: Service
        metadata: {name: external}
        spec: {selector: {}, clusterIP: None, ports: [{port: 5432}]}
        """).resources().get(0));
    assertThat(s.selector()).isEmpty();
    assertThat(s.isHeadless()).isTrue();
  }

  @Test
  void selectsTemplatesInItsOwnNamespaceOnly() {
    Manifests m = read(WEB + "---\n" + """
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec: {selector: {app: web}}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: other}
        spec: {selector: {app: web}}
        """);
    PodTemplate t = m.podTemplates().get(0);
    assertThat(Service.of(m.resources().get(1)).selects(t)).isTrue();
    assertThat(Service.of(m.resources().get(2)).selects(t)).isFalse();
  }

  @Test
  void namedPortsResolveInAppAndSidecarContainersByProtocol() {
    PodTemplate t = read(WEB).podTemplates().get(0);
    assertThat(t.findPort("http", "TCP")).map(ContainerPort::containerPort).contains(8080);
    assertThat(t.findPort("admin", "TCP")).map(ContainerPort::containerPort).contains(9901);
    assertThat(t.findPort("dns", "TCP")).isEmpty();
    assertThat(t.findPort("dns", "UDP")).map(ContainerPort::path)
        .contains("spec.template.spec.containers[0].ports[1]");
    // An init container that runs to completion serves nothing.
    assertThat(t.findPort("migrate", "TCP")).isEmpty();
    assertThat(t.containers().get(2).declaredPorts()).hasSize(2);
  }

  @Test
  void disruptionsAllowedFollowTheDisruptionController() {
    assertThat(pdb("minAvailable: 2").disruptionsAllowed(3)).contains(1);
    assertThat(pdb("minAvailable: 3").disruptionsAllowed(3)).contains(0);
    assertThat(pdb("minAvailable: \"50%\"").disruptionsAllowed(3)).contains(1);
    assertThat(pdb("maxUnavailable: 0").disruptionsAllowed(5)).contains(0);
    assertThat(pdb("maxUnavailable: \"10%\"").disruptionsAllowed(5)).contains(1);
    assertThat(pdb("maxUnavailable: 9").disruptionsAllowed(5)).contains(5);
    assertThat(pdb("minAvailable: lots").disruptionsAllowed(5)).isEmpty();
    assertThat(pdb("{}").selector()).isEmpty();
  }

  @Test
  void anAbsentSelectorSelectsNothingAndAnEmptyOneEverything() {
    Manifests m = read(WEB);
    PodTemplate t = m.podTemplates().get(0);
    assertThat(pdbIn("shop", "{selector: {}, minAvailable: 1}").selects(t)).isTrue();
    assertThat(pdbIn("shop", "{minAvailable: 1}").selects(t)).isFalse();
    assertThat(pdbIn("other", "{selector: {}, minAvailable: 1}").selects(t)).isFalse();
  }

  private static PodDisruptionBudget pdb(String spec) {
    return pdbIn("shop", spec.startsWith("{") ? spec
        : "{selector: {matchLabels: {app: web}}, " + spec + "}");
  }

  private static PodDisruptionBudget pdbIn(String ns, String spec) {
    Optional<Resource> r = read("apiVersion: policy/v1\nkind: PodDisruptionBudget\n"
        + "metadata: {name: b, namespace: " + ns + "}\nspec: " + spec + "\n").resources().stream()
        .findFirst();
    return PodDisruptionBudget.of(r.orElseThrow());
  }
}
