package io.github.kubecheck.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ill-typed fields read as absent: the engine never throws, and reports only real settings. */
class HostileInputTest {

  private static final String HOSTILE = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
        annotations: "not a map"
      spec:
        securityContext: "x"
        hostNetwork: "true"
        hostUsers: "false"
        os: windows
        containers:
        - just a string
        - name: a
          securityContext: [1, 2]
          ports: "x"
        - name: b
          securityContext:
            privileged: "true"
            runAsUser: "0"
            capabilities: {add: SYS_ADMIN, drop: 5}
            seLinuxOptions: x
            seccompProfile: []
            appArmorProfile: null
            procMount: null
            windowsOptions: {hostProcess: 1}
          ports: [1, {hostPort: "80"}, {hostPort: 81}]
          livenessProbe: x
          lifecycle: {preStop: [x]}
        initContainers: {name: c}
        volumes: [x, {name: v, hostPath: null}, {name: w, nfs: ~}]
      """;

  @Test
  void illTypedFieldsReadAsAbsentAtEveryVersion() {
    Pod pod = PodFixtures.pod(HOSTILE);
    CheckRegistry registry = CheckRegistry.standard();
    for (int minor = 0; minor <= 36; minor++) {
      List<String> baseline = registry.evaluate(pod, Level.BASELINE, PolicyVersion.of(1, minor))
          .stream().map(r -> r.check().ruleId()).toList();
      assertThat(baseline).as("1." + minor).containsExactly("pss-baseline-host-ports");
      assertThat(registry.evaluate(pod, Level.RESTRICTED, PolicyVersion.of(1, minor)))
          .isNotNull();
    }
  }
}
