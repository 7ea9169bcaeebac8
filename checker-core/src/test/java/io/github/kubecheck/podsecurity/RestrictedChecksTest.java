package io.github.kubecheck.podsecurity;

import static io.github.kubecheck.podsecurity.PodFixtures.restrictedWith;
import static io.github.kubecheck.podsecurity.PodFixtures.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios of the restricted checks, each named after the upstream check_*.go it pins. */
class RestrictedChecksTest {

  private static final String WINDOWS = "spec:\n  os: {name: windows}\n  securityContext:";

  private static String windows(String yaml) {
    return yaml.replace("spec:\n  securityContext:", WINDOWS);
  }

  @Test
  void restrictedVolumes_allowsOnlyTheListedSources() {
    String yaml = PodFixtures.RESTRICTED + """
          volumes:
          - name: cm
            configMap: {name: c}
          - name: tmp
          - name: img
            image: {reference: busybox}
          - name: share
            nfs: {server: nfs, path: /}
        """;
    assertThat(ruleIds(yaml, Level.BASELINE, "1.34")).isEmpty();
    assertThat(ruleIds(yaml, Level.RESTRICTED, "1.34"))
        .containsExactly("pss-restricted-volume-types");
  }

  @Test
  void allowPrivilegeEscalation_mustBeFalseExceptOnWindowsFrom125() {
    String missing = restrictedWith("      allowPrivilegeEscalation: false\n", "");
    assertThat(ruleIds(missing, Level.RESTRICTED, "1.7")).isEmpty();
    assertThat(ruleIds(missing, Level.RESTRICTED, "1.8"))
        .containsExactly("pss-restricted-allow-privilege-escalation");
    assertThat(ruleIds(restrictedWith("allowPrivilegeEscalation: false",
        "allowPrivilegeEscalation: true"), Level.RESTRICTED, "1.34"))
        .containsExactly("pss-restricted-allow-privilege-escalation");
    assertThat(ruleIds(windows(missing), Level.RESTRICTED, "1.24"))
        .containsExactly("pss-restricted-allow-privilege-escalation");
    assertThat(ruleIds(windows(missing), Level.RESTRICTED, "1.25")).isEmpty();
  }

  @Test
  void runAsNonRoot_containersInheritThePodValueUnlessTheyOverrideIt() {
    String containerFalse = restrictedWith("allowPrivilegeEscalation: false",
        "allowPrivilegeEscalation: false\n      runAsNonRoot: false");
    assertThat(ruleIds(containerFalse, Level.RESTRICTED, "1.34"))
        .containsExactly("pss-restricted-run-as-non-root");
    String containerOnly = restrictedWith("    runAsNonRoot: true\n", "").replace(
        "allowPrivilegeEscalation: false",
        "allowPrivilegeEscalation: false\n      runAsNonRoot: true");
    assertThat(ruleIds(containerOnly, Level.RESTRICTED, "1.34")).isEmpty();
    String unset = restrictedWith("    runAsNonRoot: true\n", "");
    assertThat(ruleIds(unset, Level.RESTRICTED, "1.34"))
        .containsExactly("pss-restricted-run-as-non-root");
    String podFalse = restrictedWith("runAsNonRoot: true", "runAsNonRoot: false");
    assertThat(ruleIds(containerOnly.replace("spec:\n  securityContext:\n",
        "spec:\n  securityContext:\n    runAsNonRoot: false\n"), Level.RESTRICTED, "1.34"))
        .containsExactly("pss-restricted-run-as-non-root");
    assertThat(ruleIds(podFalse, Level.RESTRICTED, "1.34"))
        .containsExactly("pss-restricted-run-as-non-root", "pss-restricted-run-as-non-root");
  }

  @Test
  void runAsNonRootAndRunAsUser_userNamespacesRelaxThemFrom135() {
    String root = restrictedWith("    runAsNonRoot: true\n", "    runAsUser: 0\n");
    String userNs = root.replace("spec:\n  securityContext:", "spec:\n  hostUsers: false\n"
        + "  securityContext:");
    assertThat(ruleIds(userNs, Level.RESTRICTED, "1.34"))
        .containsExactlyInAnyOrder("pss-restricted-run-as-non-root", "pss-restricted-run-as-user");
    assertThat(ruleIds(userNs, Level.RESTRICTED, "1.35")).isEmpty();
  }

  @Test
  void runAsUser_zeroIsForbiddenFrom123() {
    String root = restrictedWith("runAsNonRoot: true", "runAsNonRoot: true\n    runAsUser: 0");
    assertThat(ruleIds(root, Level.RESTRICTED, "1.22")).isEmpty();
    assertThat(ruleIds(root, Level.RESTRICTED, "1.23"))
        .containsExactly("pss-restricted-run-as-user");
    assertThat(ruleIds(root.replace("runAsUser: 0", "runAsUser: 1000"), Level.RESTRICTED, "1.23"))
        .isEmpty();
  }

  @Test
  void seccompProfileRestricted_podLevelCoversContainersThatSetNothing() {
    String unset = restrictedWith("    seccompProfile:\n      type: RuntimeDefault\n", "");
    assertThat(ruleIds(unset, Level.BASELINE, "1.34")).isEmpty();
    assertThat(ruleIds(unset, Level.RESTRICTED, "1.18")).isEmpty();
    assertThat(ruleIds(unset, Level.RESTRICTED, "1.19"))
        .containsExactly("pss-restricted-seccomp-profile");
    String containerSets = unset.replace("allowPrivilegeEscalation: false",
        "allowPrivilegeEscalation: false\n      seccompProfile: {type: Localhost, "
            + "localhostProfile: p.json}");
    assertThat(ruleIds(containerSets, Level.RESTRICTED, "1.34")).isEmpty();
    assertThat(ruleIds(windows(unset), Level.RESTRICTED, "1.24"))
        .containsExactly("pss-restricted-seccomp-profile");
    assertThat(ruleIds(windows(unset), Level.RESTRICTED, "1.25")).isEmpty();
  }

  @Test
  void capabilitiesRestricted_dropAllFrom122AndWindowsExemptFrom125() {
    String noDrop = restrictedWith("      capabilities:\n        drop: [\"ALL\"]\n", "");
    assertThat(ruleIds(noDrop, Level.RESTRICTED, "1.21")).isEmpty();
    assertThat(ruleIds(noDrop, Level.RESTRICTED, "1.22"))
        .containsExactly("pss-restricted-capabilities");
    assertThat(ruleIds(windows(noDrop), Level.RESTRICTED, "1.25")).isEmpty();
    String netBind = restrictedWith("drop: [\"ALL\"]",
        "drop: [\"ALL\"]\n        add: [NET_BIND_SERVICE]");
    assertThat(ruleIds(netBind, Level.RESTRICTED, "1.34")).isEmpty();
  }

  @Test
  void aWindowsPodNeedsOnlyRunAsNonRootFrom125() {
    String yaml = PodFixtures.WINDOWS;
    assertThat(ruleIds(yaml, Level.RESTRICTED, "1.25")).isEmpty();
    assertThat(ruleIds(yaml, Level.RESTRICTED, "1.35")).isEmpty();
    assertThat(ruleIds(yaml, Level.RESTRICTED, "1.24")).containsOnly(
        "pss-restricted-allow-privilege-escalation", "pss-restricted-seccomp-profile",
        "pss-restricted-capabilities");
    assertThat(ruleIds(yaml.replace("windows", "linux"), Level.RESTRICTED, "1.25")).isNotEmpty();
  }

  @Test
  void everyContainerKindIsChecked() {
    String yaml = PodFixtures.RESTRICTED + """
          initContainers:
          - name: init
          - name: sidecar
            restartPolicy: Always
          ephemeralContainers:
          - name: debug
        """;
    List<String> ids = ruleIds(yaml, Level.RESTRICTED, "1.34");
    assertThat(ids).containsExactly(
        "pss-restricted-allow-privilege-escalation", "pss-restricted-allow-privilege-escalation",
        "pss-restricted-allow-privilege-escalation", "pss-restricted-capabilities",
        "pss-restricted-capabilities", "pss-restricted-capabilities");
  }
}
