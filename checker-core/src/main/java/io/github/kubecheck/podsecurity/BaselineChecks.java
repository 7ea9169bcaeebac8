package io.github.kubecheck.podsecurity;

import static io.github.kubecheck.podsecurity.VersionedCheck.since;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The baseline checks of k8s.io/pod-security-admission/policy (check_*.go), each with the
 * versions at which upstream changed its behaviour.
 */
final class BaselineChecks {

  private BaselineChecks() {}

  static List<Check> all() {
    return List.of(
        check("hostNamespaces", "host-namespaces", since(1, 0, BaselineChecks::hostNamespaces)),
        check("privileged", "privileged", since(1, 0, BaselineChecks::privileged)),
        check("capabilities_baseline", "capabilities",
            since(1, 0, BaselineChecks::capabilities)),
        check("hostPathVolumes", "host-path-volumes", since(1, 0, BaselineChecks::hostPath)),
        check("hostPorts", "host-ports", since(1, 0, BaselineChecks::hostPorts)),
        check("appArmorProfile", "app-armor-profile", since(1, 0, AppArmor::evaluate)),
        check("seLinuxOptions", "se-linux-options",
            since(1, 0, pod -> SeLinux.evaluate(pod, SeLinux.TYPES_1_0)),
            since(1, 31, pod -> SeLinux.evaluate(pod, SeLinux.TYPES_1_31))),
        // Before 1.35 user namespaces relaxed procMount only behind an alpha feature gate that
        // clusters did not enable, so 1.0 ignores hostUsers.
        check("procMount", "proc-mount",
            since(1, 0, ProcMount::forbidUnmasked),
            since(1, 35, pod -> pod.inUserNamespace() ? List.of() : ProcMount.forbidUnmasked(pod))),
        check("seccompProfile_baseline", "seccomp-profile",
            since(1, 0, Seccomp::baselineAnnotations),
            since(1, 19, Seccomp::explicitlyInvalid)),
        check("sysctls", "sysctls",
            since(1, 0, pod -> Sysctls.evaluate(pod, Sysctls.ALLOWED_1_0)),
            since(1, 27, pod -> Sysctls.evaluate(pod, Sysctls.ALLOWED_1_27)),
            since(1, 29, pod -> Sysctls.evaluate(pod, Sysctls.ALLOWED_1_29)),
            since(1, 32, pod -> Sysctls.evaluate(pod, Sysctls.ALLOWED_1_32))),
        check("windowsHostProcess", "windows-host-process",
            since(1, 0, BaselineChecks::hostProcess)),
        check("hostProbesAndHostLifecycle", "host-probes-and-host-lifecycle",
            since(1, 34, HostProbes::evaluate)));
  }

  private static Check check(String id, String name, VersionedCheck... versions) {
    return new Check(id, "pss-baseline-" + name, Level.BASELINE, List.of(versions));
  }

  /** Capabilities a baseline container may add (capabilities_allowed_1_0). */
  static final Set<String> CAPABILITIES_ALLOWED = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE",
      "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP",
      "SETUID", "SYS_CHROOT");

  static List<Offence> hostNamespaces(Pod pod) {
    List<Offence> out = new ArrayList<>();
    for (String field : List.of("hostNetwork", "hostPID", "hostIPC")) {
      if (pod.spec().bool(field).orElse(false)) {
        out.add(new Offence(pod.inSpec(field), "pod must not set " + field
            + "=true: sharing the host's namespaces is allowed only at the privileged level"));
      }
    }
    return out;
  }

  static List<Offence> privileged(Pod pod) {
    List<Offence> out = new ArrayList<>();
    for (Container c : pod.containers()) {
      if (Pod.bool(c.securityContext(), "privileged").orElse(false)) {
        out.add(new Offence(c.locate("securityContext.privileged"), c.describe()
            + " must not set securityContext.privileged=true (allowed: false or unset)"));
      }
    }
    return out;
  }

  static List<Offence> capabilities(Pod pod) {
    List<Offence> out = new ArrayList<>();
    for (Container c : pod.containers()) {
      Set<String> bad = new TreeSet<>();
      for (String cap : Pod.strings(Pod.mapping(c.securityContext(), "capabilities"), "add")) {
        if (!CAPABILITIES_ALLOWED.contains(cap)) {
          bad.add(cap);
        }
      }
      if (!bad.isEmpty()) {
        out.add(new Offence(c.locate("securityContext.capabilities.add"), c.describe()
            + " must not add " + Texts.plural("capability", "capabilities", bad.size()) + " "
            + Texts.quoted(bad) + " (allowed: " + String.join(", ", new TreeSet<>(
                CAPABILITIES_ALLOWED)) + ")"));
      }
    }
    return out;
  }

  static List<Offence> hostPath(Pod pod) {
    List<Offence> out = new ArrayList<>();
    forEachVolume(pod, (i, v) -> {
      if (v.mapping("hostPath").isPresent()) {
        out.add(new Offence(pod.inSpec("volumes[" + i + "].hostPath"), "volume \""
            + v.text("name").orElse("") + "\" must not use hostPath: host directories are "
            + "allowed only at the privileged level"));
      }
    });
    return out;
  }

  static List<Offence> hostPorts(Pod pod) {
    List<Offence> out = new ArrayList<>();
    for (Container c : pod.containers()) {
      Optional<SequenceNode> seq = c.node().sequence("ports");
      for (int i = 0; seq.isPresent() && i < seq.get().size(); i++) {
        Optional<MappingNode> port = seq.get().get(i).flatMap(Node::asMapping);
        long hostPort = Pod.integer(port, "hostPort").orElse(0L);
        if (hostPort != 0) {
          out.add(new Offence(c.locate("ports[" + i + "].hostPort"), c.describe()
              + " must not set hostPort " + hostPort + " (allowed: 0 or unset)"));
        }
      }
    }
    return out;
  }

  static List<Offence> hostProcess(Pod pod) {
    List<Offence> out = new ArrayList<>();
    if (Pod.bool(pod.podContext("windowsOptions"), "hostProcess").orElse(false)) {
      out.add(new Offence(pod.inSpec("securityContext.windowsOptions.hostProcess"),
          "pod must not set securityContext.windowsOptions.hostProcess=true"));
    }
    for (Container c : pod.containers()) {
      if (Pod.bool(Pod.mapping(c.securityContext(), "windowsOptions"), "hostProcess")
          .orElse(false)) {
        out.add(new Offence(c.locate("securityContext.windowsOptions.hostProcess"),
            c.describe() + " must not set securityContext.windowsOptions.hostProcess=true"));
      }
    }
    return out;
  }

  /** Calls {@code action} with the index and mapping of every volume. */
  static void forEachVolume(Pod pod, java.util.function.BiConsumer<Integer, MappingNode> action) {
    pod.spec().sequence("volumes").ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(Node::asMapping).ifPresent(v -> action.accept(index, v));
      }
    });
  }
}
