package io.github.kubecheck.podsecurity;

import static io.github.kubecheck.podsecurity.VersionedCheck.since;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The restricted checks of k8s.io/pod-security-admission/policy, with their versions and the
 * baseline checks four of them replace at the restricted level.
 */
final class RestrictedChecks {

  private RestrictedChecks() {}

  /** Volume sources a restricted pod may use (check_restrictedVolumes.go). */
  static final Set<String> VOLUMES_ALLOWED = Set.of("configMap", "csi", "downwardAPI",
      "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret");

  static List<Check> all() {
    return List.of(
        check("restrictedVolumes", "volume-types", List.of("hostPathVolumes"),
            since(1, 0, RestrictedChecks::volumes)),
        check("allowPrivilegeEscalation", "allow-privilege-escalation",
            since(1, 8, RestrictedChecks::privilegeEscalation),
            since(1, 25, linuxOnly(RestrictedChecks::privilegeEscalation))),
        // The user-namespace relaxation was behind an alpha gate until 1.35 made it the rule.
        check("runAsNonRoot", "run-as-non-root",
            since(1, 0, RunAs::nonRoot),
            since(1, 35, hostUsersOnly(RunAs::nonRoot))),
        check("runAsUser", "run-as-user",
            since(1, 23, RunAs::notRoot),
            since(1, 35, hostUsersOnly(RunAs::notRoot))),
        check("seccompProfile_restricted", "seccomp-profile", List.of("seccompProfile_baseline"),
            since(1, 19, Seccomp::restricted),
            since(1, 25, linuxOnly(Seccomp::restricted))),
        check("capabilities_restricted", "capabilities", List.of("capabilities_baseline"),
            since(1, 22, RestrictedChecks::capabilities),
            since(1, 25, linuxOnly(RestrictedChecks::capabilities))),
        check("procMount_restricted", "proc-mount", List.of("procMount"),
            since(1, 35, ProcMount::forbidUnmasked)));
  }

  private static Check check(String id, String name, VersionedCheck... versions) {
    return check(id, name, List.of(), versions);
  }

  private static Check check(String id, String name, List<String> overrides,
      VersionedCheck... versions) {
    return new Check(id, "pss-restricted-" + name, Level.RESTRICTED, List.of(versions),
        overrides);
  }

  /** From 1.25 pods declaring {@code spec.os.name: windows} are exempt from Linux settings. */
  private static PodEvaluator linuxOnly(PodEvaluator e) {
    return pod -> pod.isWindows() ? List.of() : e.evaluate(pod);
  }

  /** From 1.35 pods in a user namespace ({@code hostUsers: false}) are exempt. */
  private static PodEvaluator hostUsersOnly(PodEvaluator e) {
    return pod -> pod.inUserNamespace() ? List.of() : e.evaluate(pod);
  }

  static List<Offence> volumes(Pod pod) {
    List<Offence> out = new ArrayList<>();
    BaselineChecks.forEachVolume(pod, (i, v) -> {
      // A volume naming no source is defaulted to emptyDir by the API server; a null source is
      // no source.
      for (MappingNode.Entry e : v.entries()) {
        boolean isNull = e.value().asScalar().map(ScalarNode::isNull).orElse(false);
        if (!e.name().equals("name") && !isNull && !VOLUMES_ALLOWED.contains(e.name())) {
          out.add(new Offence(pod.inSpec("volumes[" + i + "]." + e.name()), "volume \""
              + v.text("name").orElse("") + "\" must not use " + e.name() + " (allowed: "
              + String.join(", ", new TreeSet<>(VOLUMES_ALLOWED)) + ")"));
        }
      }
    });
    return out;
  }

  static List<Offence> privilegeEscalation(Pod pod) {
    List<Offence> out = new ArrayList<>();
    for (Container c : pod.containers()) {
      Optional<Boolean> ape = Pod.bool(c.securityContext(), "allowPrivilegeEscalation");
      if (ape.isPresent() && ape.get()) {
        out.add(new Offence(c.locate("securityContext.allowPrivilegeEscalation"), c.describe()
            + " must set securityContext.allowPrivilegeEscalation=false, not true"));
      } else if (ape.isEmpty()) {
        out.add(new Offence(c.securityContextOrName(), c.describe()
            + " must set securityContext.allowPrivilegeEscalation=false"));
      }
    }
    return out;
  }

  static List<Offence> capabilities(Pod pod) {
    List<Offence> out = new ArrayList<>();
    for (Container c : pod.containers()) {
      Optional<MappingNode> caps = Pod.mapping(c.securityContext(), "capabilities");
      if (!Pod.strings(caps, "drop").contains("ALL")) {
        out.add(new Offence(caps.isPresent() && caps.get().has("drop")
            ? c.locate("securityContext.capabilities.drop")
            : caps.isPresent() ? c.locate("securityContext.capabilities")
            : c.securityContextOrName(), c.describe()
            + " must set securityContext.capabilities.drop=[\"ALL\"]"));
      }
      Set<String> bad = new TreeSet<>();
      for (String cap : Pod.strings(caps, "add")) {
        if (!cap.equals("NET_BIND_SERVICE")) {
          bad.add(cap);
        }
      }
      if (!bad.isEmpty()) {
        out.add(new Offence(c.locate("securityContext.capabilities.add"), c.describe()
            + " must not add " + Texts.plural("capability", "capabilities", bad.size()) + " "
            + Texts.quoted(bad) + " (allowed: \"NET_BIND_SERVICE\")"));
      }
    }
    return out;
  }
}
