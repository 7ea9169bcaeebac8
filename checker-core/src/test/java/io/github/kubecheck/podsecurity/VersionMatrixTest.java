package io.github.kubecheck.podsecurity;

import static io.github.kubecheck.podsecurity.PodFixtures.restrictedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every policy version from 1.23 to 1.36 (read as 1.35), whether each level rejects a pod,
 * for the cases whose verdict upstream changed between versions (test/fixtures_*.go and the
 * MinimumVersion of each check). {@code 0} means "never", {@code 99} "always".
 */
class VersionMatrixTest {

  private static final String USER_NS = "spec:\n  hostUsers: false\n  securityContext:";

  private static final String WINDOWS = PodFixtures.WINDOWS;

  static Stream<Arguments> cases() {
    return Stream.of(
        // name, pod, baseline rejects from..until (exclusive), restricted rejects from..until
        Arguments.of("restricted base pod", PodFixtures.RESTRICTED, 0, 0, 0, 0),
        Arguments.of("hostProbesAndHostLifecycle: probe host", restrictedWith("- name: app\n",
            "- name: app\n    startupProbe:\n      httpGet: {host: bad.host, port: 80}\n"),
            34, 99, 34, 99),
        Arguments.of("sysctls: net.ipv4.tcp_wmem", restrictedWith("    runAsNonRoot: true\n",
            "    runAsNonRoot: true\n    sysctls: [{name: net.ipv4.tcp_wmem, value: '4096'}]\n"),
            0, 32, 0, 32),
        Arguments.of("sysctls: net.ipv4.tcp_fin_timeout", restrictedWith(
            "    runAsNonRoot: true\n", "    runAsNonRoot: true\n"
            + "    sysctls: [{name: net.ipv4.tcp_fin_timeout, value: '30'}]\n"), 0, 29, 0, 29),
        Arguments.of("seLinuxOptions: container_engine_t", restrictedWith(
            "    runAsNonRoot: true\n", "    runAsNonRoot: true\n"
            + "    seLinuxOptions: {type: container_engine_t}\n"), 0, 31, 0, 31),
        Arguments.of("procMount: Unmasked in a user namespace",
            restrictedWith("allowPrivilegeEscalation: false",
                "allowPrivilegeEscalation: false\n      procMount: Unmasked")
                .replace("spec:\n  securityContext:", USER_NS), 0, 35, 0, 99),
        Arguments.of("runAsUser: 0 in a user namespace",
            restrictedWith("runAsNonRoot: true", "runAsNonRoot: true\n    runAsUser: 0")
                .replace("spec:\n  securityContext:", USER_NS), 0, 0, 0, 35),
        Arguments.of("runAsNonRoot unset in a user namespace",
            restrictedWith("    runAsNonRoot: true\n", "")
                .replace("spec:\n  securityContext:", USER_NS), 0, 0, 0, 35),
        Arguments.of("Windows pod with only runAsNonRoot", WINDOWS, 0, 0, 0, 25),
        // Restricted replaces capabilities_baseline and seccompProfile_baseline with checks that
        // exempt Windows from 1.25, so such pods pass restricted while failing baseline.
        Arguments.of("Windows pod adding SYS_ADMIN", WINDOWS.replace("- name: app",
            "- name: app\n    securityContext: {capabilities: {add: [SYS_ADMIN]}}"), 0, 99, 0, 25),
        Arguments.of("Windows pod with an Unconfined seccomp profile", WINDOWS.replace(
            "{runAsNonRoot: true}", "{runAsNonRoot: true, seccompProfile: {type: Unconfined}}"),
            19, 99, 0, 25),
        Arguments.of("restrictedVolumes: image volume", PodFixtures.RESTRICTED
            + "  volumes:\n  - name: v\n    image: {reference: busybox}\n", 0, 0, 0, 0),
        Arguments.of("appArmorProfile: Unconfined field", restrictedWith(
            "allowPrivilegeEscalation: false", "allowPrivilegeEscalation: false\n"
            + "      appArmorProfile: {type: Unconfined}"), 0, 99, 0, 99),
        Arguments.of("capabilities_baseline: NET_RAW", restrictedWith("drop: [\"ALL\"]",
            "drop: [\"ALL\"]\n        add: [NET_RAW]"), 0, 99, 0, 99));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verdictsByVersion(String name, String yaml, int baselineFrom, int baselineUntil,
      int restrictedFrom, int restrictedUntil) {
    CheckRegistry registry = CheckRegistry.standard();
    Pod pod = PodFixtures.pod(yaml);
    for (int minor = 23; minor <= 36; minor++) {
      PolicyVersion v = PolicyVersion.of(1, minor);
      assertThat(!registry.evaluate(pod, Level.BASELINE, v).isEmpty())
          .as("baseline rejects at " + v)
          .isEqualTo(rejects(minor, baselineFrom, baselineUntil));
      assertThat(!registry.evaluate(pod, Level.RESTRICTED, v).isEmpty())
          .as("restricted rejects at " + v)
          .isEqualTo(rejects(minor, restrictedFrom, restrictedUntil));
    }
  }

  private static boolean rejects(int minor, int from, int until) {
    return minor >= from && minor < until;
  }
}
