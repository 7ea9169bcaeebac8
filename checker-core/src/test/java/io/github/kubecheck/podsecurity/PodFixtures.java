package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds pods for the engine's tests from YAML. */
final class PodFixtures {

  private PodFixtures() {}

  /** A pod every restricted check admits; tests break one thing at a time. */
  static final String RESTRICTED = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        securityContext:
          runAsNonRoot: true
          seccompProfile:
            type: RuntimeDefault
        containers:
        - name: app
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
      """;

  /** A Windows pod with the one restricted setting Windows pods need from 1.25. */
  static final String WINDOWS = """
      apiVersion: v1
      kind: Pod
      metadata: {name: win}
      spec:
        os: {name: windows}
        securityContext: {runAsNonRoot: true}
        initContainers:
        - name: init
        containers:
        - name: app
      """;

  static List<PodTemplate> templates(String yaml) {
    Manifests m = new Manifests(List.of(new YamlReader(YamlLimits.DEFAULT)
        .read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8))), List.of());
    return m.podTemplates();
  }

  static Pod pod(String yaml) {
    return new Pod(templates(yaml).get(0));
  }

  /** The rule ids of what {@code level} forbids in the pod at {@code version}. */
  static List<String> ruleIds(String yaml, Level level, String version) {
    return CheckRegistry.standard()
        .evaluate(pod(yaml), level, PolicyVersion.parse(version).orElseThrow()).stream()
        .map(r -> r.check().ruleId()).toList();
  }

  /** The restricted pod with {@code from} replaced by {@code to} (which must be found). */
  static String restrictedWith(String from, String to) {
    if (!RESTRICTED.contains(from)) {
      throw new IllegalArgumentException("not in the restricted pod: " + from);
    }
    return RESTRICTED.replace(from, to);
  }
}
