package io.github.kubecheck.rules.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Checker;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.RuleRegistry;
import io.github.kubecheck.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Severities and messages that namespace labels give Pod Security findings, as Pod Security
 * Admission treats pods (enforce rejects them) and workloads (enforce only rejects their pods).
 */
class NamespaceAdmissionRulesTest {

  private static final Checker CHECKER = new Checker(RuleRegistry.loadBuiltIn());

  @TempDir
  Path dir;

  private CheckResult check(String yaml) throws Exception {
    Files.writeString(dir.resolve("in.yaml"), yaml);
    return CHECKER.check(CheckRequest.of(List.of("in.yaml"), dir).withKubeVersion("1.34")
        .withOnlyRules(Set.of("pss-baseline-privileged", "pss-restricted-run-as-non-root")));
  }

  private static Finding only(CheckResult r, String rule) {
    List<Finding> found = r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String namespace(String labels) {
    return "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n" + labels
        + "---\n";
  }

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
            - name: web
              image: nginx:1.27
              securityContext: {privileged: true, allowPrivilegeEscalation: false}
      """;

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata: {name: web, namespace: shop}
      spec:
        containers:
        - name: web
          image: nginx:1.27
          securityContext: {privileged: true}
      """;

  @Test
  void unlabelledNamespacesKeepTheDefaultSeverities() throws Exception {
    CheckResult r = check(POD);
    assertThat(r.findings()).extracting(f -> f.rule() + ":" + f.severity())
        .containsExactlyInAnyOrder(
        "pss-baseline-privileged:ERROR", "pss-restricted-run-as-non-root:WARNING");
    assertThat(only(r, "pss-baseline-privileged").message())
        .isEqualTo("container \"web\" must not set "
        + "securityContext.privileged=true (allowed: false or unset); this violates the "
        + "baseline Pod Security Standard (v1.34)");
  }

  @Test
  void enforceRejectsPodsAndThePodsOfWorkloads() throws Exception {
    String labels = "    pod-security.kubernetes.io/enforce: baseline\n";
    CheckResult pod = check(namespace(labels) + POD);
    assertThat(only(pod, "pss-baseline-privileged").message())
        .endsWith("namespace \"shop\" enforces the "
        + "baseline Pod Security Standard (v1.34), so the pod would be rejected at admission");
    CheckResult deployment = check(namespace(labels) + DEPLOYMENT);
    assertThat(only(deployment, "pss-baseline-privileged").severity()).isEqualTo(Severity.ERROR);
    assertThat(only(deployment, "pss-baseline-privileged").message()).endsWith(
        "so the Deployment is admitted but its pods would be rejected at admission");
    // Restricted violations stay at their default in a namespace enforcing baseline.
    assertThat(only(deployment, "pss-restricted-run-as-non-root").message())
        .endsWith("this violates the restricted "
        + "Pod Security Standard (v1.34)");
  }

  @Test
  void warnAndAuditGiveWarnings() throws Exception {
    CheckResult r = check(namespace("    pod-security.kubernetes.io/warn: restricted\n"
        + "    pod-security.kubernetes.io/warn-version: v1.30\n") + POD);
    assertThat(r.findings()).extracting(f -> f.rule() + ":" + f.severity())
        .containsExactlyInAnyOrder(
        "pss-baseline-privileged:WARNING", "pss-restricted-run-as-non-root:WARNING");
    assertThat(only(r, "pss-baseline-privileged").message())
        .endsWith("namespace \"shop\" warns on the "
        + "restricted Pod Security Standard (v1.30), so applying it shows a warning");
    CheckResult audit = check(namespace("    pod-security.kubernetes.io/audit: baseline\n")
        + POD);
    assertThat(only(audit, "pss-baseline-privileged").message())
        .endsWith("audit log records the violation");
  }

  @Test
  void namespacesOfTheClusterFileCountToo() throws Exception {
    Files.writeString(dir.resolve("cluster.yaml"), namespace(
        "    pod-security.kubernetes.io/enforce: baseline\n") + """
        apiVersion: v1
        kind: Node
        metadata:
          name: worker-1
          labels: {kubernetes.io/os: linux}
        status:
          allocatable: {cpu: "4", memory: 16Gi, pods: "110"}
        """);
    Files.writeString(dir.resolve("in.yaml"), POD);
    CheckResult r = CHECKER.check(CheckRequest.of(List.of("in.yaml"), dir).withKubeVersion("1.34")
        .withClusterFile("cluster.yaml").withOnlyRules(Set.of("pss-baseline-privileged")));
    assertThat(only(r, "pss-baseline-privileged").message())
        .endsWith("so the pod would be rejected at admission");
  }

  @Test
  void enforcingPrivilegedExemptsTheNamespace() throws Exception {
    assertThat(check(namespace("    pod-security.kubernetes.io/enforce: privileged\n") + POD)
        .findings()).isEmpty();
  }
}
