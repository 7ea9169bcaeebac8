package io.github.kubecheck.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry mirrors upstream's registry.go: unique ids, increasing versions, clamping. */
class CheckRegistryTest {

  private static final PodEvaluator NOTHING = pod -> List.of();

  @Test
  void rejectsDuplicateCheckIds() {
    Check a = new Check("x", "pss-baseline-x", Level.BASELINE,
        List.of(VersionedCheck.since(1, 0, NOTHING)));
    Check b = new Check("x", "pss-baseline-y", Level.BASELINE,
        List.of(VersionedCheck.since(1, 0, NOTHING)));
    assertThatThrownBy(() -> new CheckRegistry(List.of(a, b)))
        .hasMessageContaining("duplicate check id x");
  }

  @Test
  void rejectsOverridesOfUnknownOrRestrictedChecks() {
    Check restricted = new Check("r", "pss-restricted-r", Level.RESTRICTED,
        List.of(VersionedCheck.since(1, 0, NOTHING)), List.of("missing"));
    assertThatThrownBy(() -> new CheckRegistry(List.of(restricted)))
        .hasMessageContaining("r overrides missing, which is not a baseline check");
    assertThatThrownBy(() -> new Check("b", "pss-baseline-b", Level.BASELINE,
        List.of(VersionedCheck.since(1, 0, NOTHING)), List.of("x")))
        .hasMessageContaining("only restricted checks override");
  }

  @Test
  void rejectsVersionsThatDoNotIncrease() {
    assertThatThrownBy(() -> new Check("x", "pss-baseline-x", Level.BASELINE, List.of(
        VersionedCheck.since(1, 25, NOTHING), VersionedCheck.since(1, 25, NOTHING))))
        .hasMessageContaining("strictly increase");
    assertThatThrownBy(() -> new Check("x", "pss-baseline-x", Level.BASELINE, List.of(
        VersionedCheck.since(1, 25, NOTHING), VersionedCheck.since(1, 8, NOTHING))))
        .hasMessageContaining("1.8 follows 1.25");
    assertThatThrownBy(() -> new Check("x", "pss-baseline-x", Level.BASELINE, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void picksTheNewestImplementationNotNewerThanTheVersion() {
    PodEvaluator old = pod -> List.of();
    PodEvaluator newer = pod -> List.of();
    Check c = new Check("x", "pss-baseline-x", Level.BASELINE,
        List.of(VersionedCheck.since(1, 8, old), VersionedCheck.since(1, 25, newer)));
    assertThat(c.at(PolicyVersion.of(1, 7))).isEmpty();
    assertThat(c.at(PolicyVersion.of(1, 24))).containsSame(old);
    assertThat(c.at(PolicyVersion.of(1, 25))).containsSame(newer);
    assertThat(c.at(PolicyVersion.of(1, 99))).containsSame(newer);
  }

  @Test
  void theStandardRegistryKnowsEveryUpstreamCheckUpTo135() {
    CheckRegistry r = CheckRegistry.standard();
    assertThat(r.newest()).isEqualTo(PolicyVersion.of(1, 35));
    assertThat(r.effective(PolicyVersion.of(1, 40))).isEqualTo(PolicyVersion.of(1, 35));
    assertThat(r.checks()).extracting(Check::id).containsExactly("hostNamespaces", "privileged",
        "capabilities_baseline", "hostPathVolumes", "hostPorts", "appArmorProfile",
        "seLinuxOptions", "procMount", "seccompProfile_baseline", "sysctls",
        "windowsHostProcess", "hostProbesAndHostLifecycle", "restrictedVolumes",
        "allowPrivilegeEscalation", "runAsNonRoot", "runAsUser", "seccompProfile_restricted",
        "capabilities_restricted", "procMount_restricted");
  }

  @Test
  void parsesVersionsAsAdmissionLabelsSpellThem() {
    assertThat(PolicyVersion.parseLabel("v1.29")).contains(PolicyVersion.of(1, 29));
    assertThat(PolicyVersion.parseLabel("1.29")).isEmpty();
    assertThat(PolicyVersion.parseLabel("v1.029")).isEmpty();
    assertThat(PolicyVersion.parse("1.34.2")).contains(PolicyVersion.of(1, 34));
    assertThat(PolicyVersion.parse("latest")).isEmpty();
  }
}
