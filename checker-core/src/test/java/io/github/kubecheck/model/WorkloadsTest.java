package io.github.kubecheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind that creates pods yields its pod template, located inside the object. */
class WorkloadsTest {

  private static Manifests read(String yaml) {
    return new Manifests(List.of(new YamlReader(YamlLimits.DEFAULT)
        .read("w.yaml", yaml.getBytes(StandardCharsets.UTF_8))), List.of());
  }

  private static final String POD_SPEC = """
      spec:
        initContainers:
        - name: init
        - name: proxy
          restartPolicy: Always
        containers:
        - name: app
        ephemeralContainers:
        - name: debug
      """;

  private static String indent(String text, int spaces) {
    return text.lines().map(l -> " ".repeat(spaces) + l + "\n").reduce("", String::concat);
  }

  @Test
  void findsTheTemplateOfEveryWorkloadKind() {
    String kinds = String.join("---\n",
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n" + POD_SPEC,
        template("apps/v1", "Deployment"), template("apps/v1", "ReplicaSet"),
        template("apps/v1", "StatefulSet"), template("apps/v1", "DaemonSet"),
        template("batch/v1", "Job"), template("v1", "ReplicationController"),
        "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n"
            + "    spec:\n      template:\n        metadata: {labels: {app: c}}\n"
            + indent(POD_SPEC, 8),
        "apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n"
            + "  metadata: {labels: {app: t}}\n" + indent(POD_SPEC, 2),
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: not-a-workload}\n");
    Manifests m = read(kinds);
    assertThat(m.resources()).hasSize(10);
    assertThat(m.podTemplates()).extracting(t -> t.owner().kind()).containsExactly(
        "Pod", "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job",
        "ReplicationController", "CronJob", "PodTemplate");
    for (PodTemplate t : m.podTemplates()) {
      assertThat(t.containers()).as(t.owner().kind())
          .extracting(c -> c.name() + ":" + c.kind())
          .containsExactly("init:INIT", "proxy:SIDECAR", "app:APP", "debug:EPHEMERAL");
    }
    PodTemplate cron = m.podTemplates().get(7);
    assertThat(cron.specPath()).isEqualTo("spec.jobTemplate.spec.template.spec");
    assertThat(cron.labels()).containsEntry("app", "c");
    Container app = cron.containers().get(2);
    assertThat(app.path()).isEqualTo("spec.jobTemplate.spec.template.spec.containers[0]");
    assertThat(app.locate("name").span().line())
        .isEqualTo(cron.owner().locate(app.path() + ".name").span().line());
  }

  private static String template(String apiVersion, String kind) {
    return "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata: {name: x}\nspec:\n"
        + "  template:\n    metadata: {labels: {app: x}}\n" + indent(POD_SPEC, 4);
  }

  @Test
  void listItemsAreObjects() {
    Manifests m = read("apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n"
        + "  metadata: {name: a, namespace: x}\n  spec: {containers: [{name: c}]}\n"
        + "- apiVersion: v1\n  kind: Namespace\n  metadata: {name: x}\n");
    assertThat(m.resources()).extracting(Resource::describe)
        .containsExactly("Pod x/a", "Namespace x");
    assertThat(m.resources().get(1).effectiveNamespace()).isEmpty();
    assertThat(m.podTemplates()).hasSize(1);
  }

  @Test
  void replicasDefaultToOne() {
    Manifests m = read(template("apps/v1", "Deployment") + "---\n"
        + "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec: {replicas: 3}\n");
    assertThat(Workloads.replicas(m.resources().get(0))).contains(1);
    assertThat(Workloads.replicas(m.resources().get(1))).contains(3);
  }

  @Test
  void replicasOfTheWrongTypeAreNotGuessed() {
    Manifests m = read("apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\n"
        + "spec: {replicas: \"3\"}\n---\napiVersion: apps/v1\nkind: StatefulSet\n"
        + "metadata: {name: t}\nspec: {replicas: ~}\n");
    assertThat(Workloads.replicas(m.resources().get(0))).isEmpty();
    assertThat(Workloads.replicas(m.resources().get(1))).contains(1);
  }
}
