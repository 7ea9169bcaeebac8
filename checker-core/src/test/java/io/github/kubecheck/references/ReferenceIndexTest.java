package io.github.kubecheck.references;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.cluster.ClusterLoader;
import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.Manifests;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What references resolve against: the input applied over the cluster file (or the default
 * cluster) and the bootstrap objects; Secrets promised by operators' objects; keys as the
 * kubelet reads them (ConfigMap data and binaryData, Secret data and stringData); namespaces
 * labelled kubernetes.io/metadata.name as the API server labels them.
 */
class ReferenceIndexTest {

  private static ReferenceIndex index(Optional<String> clusterFile, String input) {
    Optional<Manifests> cluster = clusterFile.map(PodReferencesTest::read);
    Manifests in = PodReferencesTest.read(input);
    return new ReferenceIndex(ClusterLoader.assemble(cluster, in), in.podTemplates(),
        new ExternalPatterns(List.of("ConfigMap/elsewhere")));
  }

  private static final String INPUT = """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: web, namespace: shop}
      data: {LOG_LEVEL: info}
      binaryData: {logo.png: aGk=}
      ---
      apiVersion: v1
      kind: Secret
      metadata: {name: db, namespace: shop}
      data: {username: c2hvcA==}
      stringData: {password: change-me}
      ---
      apiVersion: bitnami.com/v1alpha1
      kind: SealedSecret
      metadata: {name: sealed, namespace: shop}
      spec:
        template: {metadata: {name: unsealed}}
        encryptedData: {token: AgB}
      ---
      apiVersion: external-secrets.io/v1beta1
      kind: ExternalSecret
      metadata: {name: from-vault, namespace: shop}
      spec: {target: {name: vault-db}}
      ---
      apiVersion: external-secrets.io/v1beta1
      kind: ExternalSecret
      metadata: {name: same-name, namespace: shop}
      spec: {}
      ---
      apiVersion: cert-manager.io/v1
      kind: Certificate
      metadata: {name: shop-tls, namespace: shop}
      spec: {secretName: shop-example-tls}
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: web
        namespace: shop
        annotations: {cert-manager.io/cluster-issuer: letsencrypt}
      spec:
        tls: [{hosts: [shop.example.com], secretName: ingress-shim-tls}]
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web}]}
      ---
      apiVersion: v1
      kind: PodTemplate
      metadata: {name: not-a-pod, namespace: shop}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: web}]}
      ---
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
        labels: {team: web, kubernetes.io/metadata.name: wrong}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: orphan, namespace: made-elsewhere}
      """;

  @Test
  void keysAreTheDataFieldsTheKubeletReads() {
    ReferenceIndex i = index(Optional.empty(), INPUT);
    assertThat(i.keys(Target.core("ConfigMap", "shop", "web")))
        .contains(Set.of("LOG_LEVEL", "logo.png"));
    assertThat(i.keys(Target.core("Secret", "shop", "db")))
        .contains(Set.of("username", "password"));
    assertThat(i.keys(Target.core("ConfigMap", "shop", "none"))).isEmpty();
    assertThat(i.keys(Target.core("Secret", "shop", "unsealed")))
        .as("a promised Secret's keys are unknown").isEmpty();
  }

  @Test
  void operatorsPromiseSecrets() {
    ReferenceIndex i = index(Optional.empty(), INPUT);
    for (String name : List.of("unsealed", "vault-db", "same-name", "shop-example-tls",
        "ingress-shim-tls")) {
      assertThat(i.exists(Target.core("Secret", "shop", name))).as(name).isTrue();
    }
    assertThat(i.producer(Target.core("Secret", "shop", "vault-db")).orElseThrow().by().kind())
        .isEqualTo("ExternalSecret");
    assertThat(i.exists(Target.core("Secret", "shop", "sealed"))).isFalse();
    assertThat(i.exists(Target.core("Secret", "other", "vault-db")))
        .as("promised in its own namespace only").isFalse();
  }

  @Test
  void namespacesCarryTheirNameLabelAndIncludeThoseOnlyNamedByObjects() {
    ReferenceIndex i = index(Optional.empty(), INPUT);
    assertThat(i.namespaces().get("shop"))
        .containsEntry("team", "web").containsEntry("kubernetes.io/metadata.name", "shop");
    assertThat(i.namespaces().get("made-elsewhere"))
        .isEqualTo(Map.of("kubernetes.io/metadata.name", "made-elsewhere"));
    assertThat(i.declaresNamespace("made-elsewhere")).isFalse();
    assertThat(i.declaresNamespace("shop")).isTrue();
    assertThat(i.declaresNamespace("kube-system")).as("bootstrap namespaces").isTrue();
    assertThat(i.namespaces(LabelSelector.ofMap(Map.of("team", "web")))).containsExactly("shop");
  }

  @Test
  void podsAreTheWorkloadsTemplatesNotPodTemplateObjects() {
    ReferenceIndex i = index(Optional.empty(), INPUT);
    assertThat(i.pods("shop")).extracting(t -> t.owner().kind()).containsExactly("Deployment");
    assertThat(i.pods("kube-system")).extracting(t -> t.owner().name())
        .as("bootstrap coredns").containsExactly("coredns");
  }

  @Test
  void clusterFileObjectsCountAndTheInputReplacesThem() {
    ReferenceIndex i = index(Optional.of("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: web, namespace: shop}
        data: {OLD: x}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: existing, namespace: shop}
        """), INPUT);
    assertThat(i.exists(Target.core("ConfigMap", "shop", "existing"))).isTrue();
    assertThat(i.keys(Target.core("ConfigMap", "shop", "web")).orElseThrow())
        .doesNotContain("OLD");
    assertThat(i.find(Target.core("ConfigMap", "shop", "web")).orElseThrow().file())
        .isEqualTo("p.yaml");
  }

  @Test
  void podReferencesAreTheInputsOnly() {
    ReferenceIndex i = index(Optional.of("""
        apiVersion: v1
        kind: Pod
        metadata: {name: old, namespace: shop}
        spec:
          serviceAccountName: from-cluster
          containers: [{name: c}]
        """), """
        apiVersion: v1
        kind: Pod
        metadata: {name: new, namespace: shop}
        spec:
          serviceAccountName: from-input
          containers: [{name: c}]
        """);
    assertThat(i.podReferences()).extracting(r -> r.target().name())
        .containsExactly("from-input");
  }

  @Test
  void externalPatternsResolveWithoutTheObject() {
    ReferenceIndex i = index(Optional.empty(), INPUT);
    Target t = Target.core("ConfigMap", "shop", "elsewhere");
    assertThat(i.exists(t)).isFalse();
    assertThat(i.resolves(t)).isTrue();
    assertThat(i.findInAnyGroup("Deployment", "shop", "web")).isPresent();
  }
}
