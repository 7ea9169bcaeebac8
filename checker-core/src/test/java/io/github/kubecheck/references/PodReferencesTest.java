package io.github.kubecheck.references;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.references.Reference.Use;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every name a pod spec points at, as the kubelet and admission resolve them: ConfigMap and
 * Secret volumes (core/v1 ConfigMapVolumeSource, SecretVolumeSource: name, items[].key,
 * optional), projected sources, envFrom and env valueFrom key references in every kind of
 * container, the ServiceAccount, claims, classes and image pull secrets.
 */
class PodReferencesTest {

  static Manifests read(String yaml) {
    return new Manifests(List.of(new YamlReader(YamlLimits.DEFAULT)
        .read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8))), List.of());
  }

  private static List<Reference> refs(String yaml) {
    PodTemplate t = read(yaml).podTemplates().get(0);
    return PodReferences.of(t);
  }

  private static final String CRONJOB = """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: report, namespace: shop}
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                serviceAccountName: reporter
                priorityClassName: batch-low
                runtimeClassName: gvisor
                imagePullSecrets:
                - name: registry
                - {}
                volumes:
                - name: config
                  configMap:
                    name: report-config
                    items:
                    - {key: report.yaml, path: report.yaml}
                - name: creds
                  secret: {secretName: report-creds, optional: true}
                - name: data
                  persistentVolumeClaim: {claimName: reports}
                - name: bundle
                  projected:
                    sources:
                    - configMap: {name: ca-bundle, items: [{key: ca.crt, path: ca.crt}]}
                    - secret: {name: token, optional: true}
                    - serviceAccountToken: {path: token}
                - name: broken
                  configMap: {name: 42x, optional: maybe}
                initContainers:
                - name: fetch
                  envFrom:
                  - configMapRef: {name: fetch-env}
                containers:
                - name: report
                  env:
                  - name: DB_HOST
                    valueFrom:
                      configMapKeyRef: {name: db, key: host}
                  - name: DB_PASSWORD
                    valueFrom:
                      secretKeyRef: {name: db, key: password, optional: true}
                  - name: PLAIN
                    value: x
                  envFrom:
                  - secretRef: {name: report-env}
                  - prefix: X_
                ephemeralContainers:
                - name: debug
                  envFrom:
                  - configMapRef: {name: debug-env, optional: true}
      """;

  @Test
  void findsEveryReferenceOfTheNestedCronJobTemplate() {
    List<String> found = refs(CRONJOB).stream().map(r -> r.use() + " " + r.target().kind()
        + " " + r.target().namespace() + "/" + r.target().name() + (r.optional() ? " optional" : "")
        + " " + r.keys().stream().map(KeyRef::key).toList()).toList();
    assertThat(found).containsExactly(
        "SERVICE_ACCOUNT ServiceAccount shop/reporter []",
        "PRIORITY_CLASS PriorityClass /batch-low []",
        "RUNTIME_CLASS RuntimeClass /gvisor []",
        "IMAGE_PULL_SECRET Secret shop/registry []",
        "VOLUME ConfigMap shop/report-config [report.yaml]",
        "VOLUME Secret shop/report-creds optional []",
        "CLAIM PersistentVolumeClaim shop/reports []",
        "PROJECTED_VOLUME ConfigMap shop/ca-bundle [ca.crt]",
        "PROJECTED_VOLUME Secret shop/token optional []",
        "VOLUME ConfigMap shop/42x []",
        "ENV_FROM ConfigMap shop/fetch-env []",
        "ENV_FROM Secret shop/report-env []",
        "ENV ConfigMap shop/db [host]",
        "ENV Secret shop/db optional [password]",
        "ENV_FROM ConfigMap shop/debug-env optional []");
  }

  @Test
  void pointsAtTheNameAndKeyFieldsInsideTheNestedTemplate() {
    List<Reference> all = refs(CRONJOB);
    Reference volume = all.stream().filter(r -> r.target().name().equals("report-config"))
        .findFirst().orElseThrow();
    assertThat(volume.at().path())
        .isEqualTo("spec.jobTemplate.spec.template.spec.volumes[0].configMap.name");
    assertThat(volume.at().span().line()).isEqualTo(18);
    assertThat(volume.keys().get(0).at().span().line()).isEqualTo(20);
    assertThat(volume.via()).isEqualTo("volume \"config\"");
    Reference env = all.stream().filter(r -> r.use() == Use.ENV && r.is("ConfigMap"))
        .findFirst().orElseThrow();
    assertThat(env.at().path()).isEqualTo("spec.jobTemplate.spec.template.spec.containers[0]"
        + ".env[0].valueFrom.configMapKeyRef.name");
    assertThat(env.via()).isEqualTo("container \"report\" (env DB_HOST)");
    assertThat(all.stream().filter(r -> r.target().name().equals("debug-env")).findFirst()
        .orElseThrow().via()).isEqualTo("ephemeral container \"debug\" (envFrom)");
  }

  @Test
  void aBarePodWithoutNamespaceResolvesInDefaultAndTheDeprecatedServiceAccountField() {
    List<Reference> all = refs("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          serviceAccount: legacy
          containers:
          - name: c
            envFrom:
            - configMapRef: {name: ""}
            - configMapRef: {name: [not, a, name]}
        """);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).target()).isEqualTo(Target.core("ServiceAccount", "default", "legacy"));
    assertThat(all.get(0).at().path()).isEqualTo("spec.serviceAccount");
  }

  @Test
  void serviceAccountNameWinsOverTheDeprecatedField() {
    List<Reference> all = refs("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: a}
        spec:
          serviceAccount: old
          serviceAccountName: new
          containers: [{name: c}]
        """);
    assertThat(all).extracting(r -> r.target().name()).containsExactly("new");
  }

  @Test
  void wrongTypesReadAsAbsent() {
    List<Reference> all = refs("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d, namespace: a}
        spec:
          template:
            spec:
              volumes: {not: a-list}
              imagePullSecrets: registry
              containers:
              - name: c
                env: [{name: X, valueFrom: {configMapKeyRef: nope}}]
                envFrom: [[1, 2]]
        """);
    assertThat(all).isEmpty();
  }
}
