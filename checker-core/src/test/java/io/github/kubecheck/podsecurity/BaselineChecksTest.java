package io.github.kubecheck.podsecurity;

import static io.github.kubecheck.podsecurity.PodFixtures.restrictedWith;
import static io.github.kubecheck.podsecurity.PodFixtures.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scenarios of the baseline checks, each named after the upstream check_*.go it pins. */
class BaselineChecksTest {

  private static final String POD_SC = "spec:\n  securityContext:\n";
  private static final String APP_SC = "    securityContext:\n      allowPrivilegeEscalation";

  private static String podField(String field) {
    return restrictedWith(POD_SC, "spec:\n  " + field + "\n  securityContext:\n");
  }

  private static String appField(String yaml) {
    return restrictedWith(APP_SC, "    securityContext:\n      " + yaml
        + "\n      allowPrivilegeEscalation");
  }

  @Test
  void theRestrictedPodPassesBothLevelsAtEveryVersion() {
    for (int minor = 0; minor <= 40; minor++) {
      assertThat(ruleIds(PodFixtures.RESTRICTED, Level.RESTRICTED, "1." + minor))
          .as("1." + minor).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"hostNetwork", "hostPID", "hostIPC"})
  void hostNamespaces_forbidsEachHostNamespace(String field) {
    assertThat(ruleIds(podField(field + ": true"), Level.BASELINE, "1.34"))
        .containsExactly("pss-baseline-host-namespaces");
    assertThat(ruleIds(podField(field + ": false"), Level.RESTRICTED, "1.34")).isEmpty();
  }

  @Test
  void privileged_checksInitAndEphemeralContainersToo() {
    String yaml = PodFixtures.RESTRICTED + """
          initContainers:
          - name: init
            securityContext: {privileged: true, allowPrivilegeEscalation: false,
              capabilities: {drop: [ALL]}}
          ephemeralContainers:
          - name: debug
            securityContext: {privileged: true, allowPrivilegeEscalation: false,
              capabilities: {drop: [ALL]}}
        """;
    assertThat(ruleIds(yaml, Level.BASELINE, "1.34"))
        .containsExactly("pss-baseline-privileged", "pss-baseline-privileged");
    assertThat(ruleIds(appField("privileged: false"), Level.BASELINE, "1.34")).isEmpty();
  }

  @Test
  void capabilitiesBaseline_allowsTheDefaultSetOnly() {
    String sysAdmin = restrictedWith("drop: [\"ALL\"]",
        "drop: [\"ALL\"]\n        add: [SYS_ADMIN]");
    assertThat(ruleIds(sysAdmin, Level.RESTRICTED, "1.34"))
        .containsExactly("pss-baseline-capabilities");
    String chown = restrictedWith("drop: [\"ALL\"]", "drop: [\"ALL\"]\n        add: [CHOWN]");
    assertThat(ruleIds(chown, Level.BASELINE, "1.34")).isEmpty();
    assertThat(ruleIds(chown, Level.RESTRICTED, "1.34"))
        .containsExactly("pss-restricted-capabilities");
  }

  @Test
  void hostPathVolumes_isReportedOnceAtRestricted() {
    String yaml = PodFixtures.RESTRICTED + "  volumes:\n  - name: h\n    hostPath: {path: /}\n";
    assertThat(ruleIds(yaml, Level.RESTRICTED, "1.34"))
        .containsExactly("pss-baseline-host-path-volumes");
  }

  @Test
  void hostPorts_forbidsAnyNonZeroHostPort() {
    assertThat(ruleIds(restrictedWith("- name: app\n", "- name: app\n    ports:\n"
        + "    - containerPort: 80\n      hostPort: 8080\n"), Level.BASELINE, "1.34"))
        .containsExactly("pss-baseline-host-ports");
    assertThat(ruleIds(restrictedWith("- name: app\n", "- name: app\n    ports:\n"
        + "    - containerPort: 80\n      hostPort: 0\n"), Level.BASELINE, "1.34")).isEmpty();
  }

  @Test
  void appArmorProfile_readsAnnotationsAndFields() {
    String annotated = restrictedWith("  name: p\n", "  name: p\n  annotations:\n"
        + "    container.apparmor.security.beta.kubernetes.io/app: unconfined\n");
    assertThat(ruleIds(annotated, Level.BASELINE, "1.25"))
        .containsExactly("pss-baseline-app-armor-profile");
    String localhost = annotated.replace("unconfined", "localhost/custom");
    assertThat(ruleIds(localhost, Level.BASELINE, "1.25")).isEmpty();
    assertThat(ruleIds(appField("appArmorProfile: {type: Unconfined}"), Level.BASELINE, "1.30"))
        .containsExactly("pss-baseline-app-armor-profile");
    assertThat(ruleIds(podField("securityContext: {appArmorProfile: {type: Localhost}}")
        .replace("  securityContext:\n    runAsNonRoot", "  x-unused:\n    runAsNonRoot"),
        Level.BASELINE, "1.30")).isEmpty();
  }

  @Test
  void seLinuxOptions_containerEngineTypeIsAllowedFrom131() {
    String engine = appField("seLinuxOptions: {type: container_engine_t}");
    assertThat(ruleIds(engine, Level.BASELINE, "1.30"))
        .containsExactly("pss-baseline-se-linux-options");
    assertThat(ruleIds(engine, Level.BASELINE, "1.31")).isEmpty();
    assertThat(ruleIds(appField("seLinuxOptions: {type: container_t, level: s0:c1}"),
        Level.BASELINE, "1.31")).isEmpty();
    assertThat(ruleIds(appField("seLinuxOptions: {user: system_u, role: system_r}"),
        Level.BASELINE, "1.31"))
        .containsExactly("pss-baseline-se-linux-options", "pss-baseline-se-linux-options");
  }

  @Test
  void procMount_userNamespacesRelaxBaselineOnlyFrom135() {
    String unmasked = appField("procMount: Unmasked");
    assertThat(ruleIds(unmasked, Level.BASELINE, "1.35"))
        .containsExactly("pss-baseline-proc-mount");
    String userNs = unmasked.replace("spec:\n  securityContext:",
        "spec:\n  hostUsers: false\n  securityContext:");
    assertThat(ruleIds(userNs, Level.BASELINE, "1.34"))
        .containsExactly("pss-baseline-proc-mount");
    assertThat(ruleIds(userNs, Level.BASELINE, "1.35")).isEmpty();
    assertThat(ruleIds(userNs, Level.RESTRICTED, "1.35"))
        .containsExactly("pss-restricted-proc-mount");
    assertThat(ruleIds(appField("procMount: Default"), Level.RESTRICTED, "1.35")).isEmpty();
  }

  @Test
  void seccompProfileBaseline_annotationsBefore119FieldsAfter() {
    String annotated = restrictedWith("  name: p\n", "  name: p\n  annotations:\n"
        + "    seccomp.security.alpha.kubernetes.io/pod: unconfined\n");
    assertThat(ruleIds(annotated, Level.BASELINE, "1.18"))
        .containsExactly("pss-baseline-seccomp-profile");
    assertThat(ruleIds(annotated, Level.BASELINE, "1.19")).isEmpty();
    String unconfined = appField("seccompProfile: {type: Unconfined}");
    assertThat(ruleIds(unconfined, Level.BASELINE, "1.18")).isEmpty();
    assertThat(ruleIds(unconfined, Level.RESTRICTED, "1.19"))
        .containsExactly("pss-baseline-seccomp-profile");
  }

  @Test
  void sysctls_allowListGrowsWithTheVersion() {
    String keepalive = podField("securityContext: {sysctls: [{name: net.ipv4.tcp_keepalive_time, "
        + "value: \"60\"}]}").replace("  securityContext:\n    runAsNonRoot", "  x:\n    a");
    assertThat(ruleIds(keepalive, Level.BASELINE, "1.28")).containsExactly("pss-baseline-sysctls");
    assertThat(ruleIds(keepalive, Level.BASELINE, "1.29")).isEmpty();
    String rmem = keepalive.replace("tcp_keepalive_time", "tcp_rmem");
    assertThat(ruleIds(rmem, Level.BASELINE, "1.31")).containsExactly("pss-baseline-sysctls");
    assertThat(ruleIds(rmem, Level.BASELINE, "1.32")).isEmpty();
    String reserved = keepalive.replace("tcp_keepalive_time", "ip_local_reserved_ports");
    assertThat(ruleIds(reserved, Level.BASELINE, "1.26")).containsExactly("pss-baseline-sysctls");
    assertThat(ruleIds(reserved, Level.BASELINE, "1.27")).isEmpty();
    assertThat(ruleIds(keepalive.replace("net.ipv4.tcp_keepalive_time", "kernel.msgmax"),
        Level.BASELINE, "1.35")).containsExactly("pss-baseline-sysctls");
  }

  @Test
  void windowsHostProcess_forbidsPodAndContainerLevel() {
    assertThat(ruleIds(appField("windowsOptions: {hostProcess: true}"), Level.BASELINE, "1.34"))
        .containsExactly("pss-baseline-windows-host-process");
  }

  @Test
  void hostProbesAndHostLifecycle_existsFrom134() {
    String probe = restrictedWith("- name: app\n", "- name: app\n    livenessProbe:\n"
        + "      httpGet: {host: 10.0.0.1, port: 80}\n    lifecycle:\n"
        + "      preStop:\n        tcpSocket: {host: example.com, port: 80}\n");
    assertThat(ruleIds(probe, Level.BASELINE, "1.33")).isEmpty();
    assertThat(ruleIds(probe, Level.BASELINE, "1.34")).containsExactly(
        "pss-baseline-host-probes-and-host-lifecycle",
        "pss-baseline-host-probes-and-host-lifecycle");
    assertThat(ruleIds(probe.replace("10.0.0.1", "\"\"").replace("example.com", "\"\""),
        Level.BASELINE, "1.35")).isEmpty();
  }
}
