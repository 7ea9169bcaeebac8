package io.github.kubecheck.podsecurity;

import static io.github.kubecheck.podsecurity.PodFixtures.restrictedWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.podsecurity.Violation.Admission;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How namespace labels (pod-security.kubernetes.io/*) turn violations into admission verdicts. */
class NamespaceAdmissionTest {

  private static final String BOTH = restrictedWith("      allowPrivilegeEscalation: false\n",
      "      privileged: true\n");

  private static List<String> verdicts(String yaml, String run, Map<String, String> labels) {
    return PodSecurity.INSTANCE.evaluate(PodFixtures.templates(yaml).get(0),
        PolicyVersion.parse(run).orElseThrow(), NamespacePolicy.of(labels)).stream()
        .map(v -> v.ruleId() + ":" + v.admission()).toList();
  }

  @Test
  void withoutLabelsEveryViolationKeepsItsDefault() {
    assertThat(verdicts(BOTH, "1.34", Map.of())).containsExactly(
        "pss-baseline-privileged:UNLABELLED",
        "pss-restricted-allow-privilege-escalation:UNLABELLED");
  }

  @Test
  void enforcingBaselineRejectsBaselineViolationsOnly() {
    assertThat(verdicts(BOTH, "1.34", Map.of("pod-security.kubernetes.io/enforce", "baseline")))
        .containsExactly("pss-baseline-privileged:ENFORCE",
            "pss-restricted-allow-privilege-escalation:UNLABELLED");
  }

  @Test
  void enforceWinsOverWarn() {
    assertThat(verdicts(BOTH, "1.34", Map.of("pod-security.kubernetes.io/enforce", "baseline",
        "pod-security.kubernetes.io/warn", "restricted"))).containsExactly(
            "pss-baseline-privileged:ENFORCE", "pss-restricted-allow-privilege-escalation:WARN");
  }

  @Test
  void enforcingPrivilegedExemptsUnlessWarnOrAuditAsk() {
    assertThat(verdicts(BOTH, "1.34", Map.of("pod-security.kubernetes.io/enforce", "privileged")))
        .isEmpty();
    assertThat(verdicts(BOTH, "1.34", Map.of("pod-security.kubernetes.io/enforce", "privileged",
        "pod-security.kubernetes.io/audit", "baseline")))
        .containsExactly("pss-baseline-privileged:AUDIT");
  }

  @Test
  void restrictedAdmitsAWindowsPodThatBaselineRejects() {
    String windows = PodFixtures.WINDOWS.replace("- name: app",
        "- name: app\n    securityContext: {capabilities: {add: [SYS_ADMIN]}}");
    assertThat(verdicts(windows, "1.34", Map.of("pod-security.kubernetes.io/enforce",
        "restricted"))).containsExactly("pss-baseline-capabilities:UNLABELLED");
    assertThat(verdicts(windows, "1.34", Map.of("pod-security.kubernetes.io/enforce",
        "baseline"))).containsExactly("pss-baseline-capabilities:ENFORCE");
  }

  @Test
  void aPinnedVersionIsEvaluatedAtThatVersion() {
    String probe = restrictedWith("- name: app\n",
        "- name: app\n    readinessProbe:\n      tcpSocket: {host: db, port: 5432}\n");
    Map<String, String> pinned = Map.of("pod-security.kubernetes.io/enforce", "baseline",
        "pod-security.kubernetes.io/enforce-version", "v1.33");
    assertThat(verdicts(probe, "1.34", pinned))
        .containsExactly("pss-baseline-host-probes-and-host-lifecycle:UNLABELLED");
    assertThat(verdicts(probe, "1.34", Map.of("pod-security.kubernetes.io/enforce", "baseline",
        "pod-security.kubernetes.io/enforce-version", "latest")))
        .containsExactly("pss-baseline-host-probes-and-host-lifecycle:ENFORCE");
  }

  @Test
  void anUnreadableEnforceLevelFailsClosedAndWarnFailsOpen() {
    assertThat(verdicts(BOTH, "1.34", Map.of("pod-security.kubernetes.io/warn", "strict")))
        .containsExactly("pss-baseline-privileged:UNLABELLED",
            "pss-restricted-allow-privilege-escalation:UNLABELLED");
    assertThat(verdicts(BOTH, "1.34", Map.of("pod-security.kubernetes.io/enforce", "strict")))
        .containsExactly("pss-baseline-privileged:ENFORCE",
            "pss-restricted-allow-privilege-escalation:ENFORCE");
  }
}
