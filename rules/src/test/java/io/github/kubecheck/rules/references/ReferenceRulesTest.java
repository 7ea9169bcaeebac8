package io.github.kubecheck.rules.references;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Checker;
import io.github.kubecheck.config.ConfigLoader;
import io.github.kubecheck.config.Configuration;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.RuleRegistry;
import io.github.kubecheck.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What fixtures cannot show: severities chosen per finding, the default and configured
 * references.assumeExternal, suppression, findings never pointing into the cluster file, and
 * wrongly typed input read as absent by every references rule.
 */
class ReferenceRulesTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.loadBuiltIn();
  private static final Checker CHECKER = new Checker(REGISTRY);
  private static final Set<String> ALL = REGISTRY.all().stream()
      .filter(e -> e.metadata().category() == Category.REFERENCES)
      .map(e -> e.metadata().id()).collect(Collectors.toSet());

  @TempDir
  Path dir;

  private CheckResult check(String yaml, Set<String> rules, Configuration config)
      throws Exception {
    Files.writeString(dir.resolve("in.yaml"), yaml);
    return CHECKER.check(CheckRequest.of(List.of("in.yaml"), dir).withOnlyRules(rules)
        .withConfig(config));
  }

  private static Configuration config(String yaml) throws Exception {
    return ConfigLoader.parse(".kubecheck.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyRuleOfTheCategoryIsThere() {
    assertThat(ALL).hasSize(29).contains("netpol-selects-nothing", "netpol-peer-selects-nothing",
        "selector-mismatch", "namespace-missing");
  }

  @Test
  void anUndeclaredNumericTargetPortIsInfoAndAnUnresolvedNameAnError() throws Exception {
    CheckResult r = check("""
        apiVersion: v1
        kind: Pod
        metadata: {name: web, labels: {app: web}}
        spec:
          containers:
          - name: web
            image: example/web:1
            ports: [{name: http, containerPort: 8080}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          selector: {app: web}
          ports:
          - {name: a, port: 80, targetPort: 9090}
          - {name: b, port: 81, targetPort: htp}
        """, Set.of("service-target-port-missing"), Configuration.DEFAULT);
    assertThat(r.findings()).extracting(Finding::severity)
        .containsExactly(Severity.INFO, Severity.ERROR);
    assertThat(r.findings().get(1).path()).contains("spec.ports[1].targetPort");
  }

  private static final String KUBE_SYSTEM_BINDING = """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: auth-reader, namespace: kube-system}
      roleRef:
        apiGroup: rbac.authorization.k8s.io
        kind: Role
        name: extension-metrics-reader
      """;

  @Test
  void kubeSystemIsExternalUntilTheSettingReplacesTheDefault() throws Exception {
    Set<String> rule = Set.of("binding-role-missing");
    assertThat(check(KUBE_SYSTEM_BINDING, rule, Configuration.DEFAULT).findings()).isEmpty();
    assertThat(check(KUBE_SYSTEM_BINDING, rule,
        config("references:\n  assumeExternal: [\"Secret\"]\n")).findings()).hasSize(1);
    assertThat(check(KUBE_SYSTEM_BINDING, rule,
        config("references:\n  assumeExternal: [\"Role/kube-system/extension-*\"]\n"))
        .findings()).isEmpty();
  }

  @Test
  void configuredSeverityAndSuppressionApply() throws Exception {
    String pods = """
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec:
          containers: [{name: c, image: busybox:1.36, envFrom: [{configMapRef: {name: x}}]}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: b
          annotations: {kubecheck.io/ignore: configmap-missing}
        spec:
          containers: [{name: c, image: busybox:1.36, envFrom: [{configMapRef: {name: x}}]}]
        """;
    CheckResult r = check(pods, Set.of("configmap-missing"),
        config("rules:\n  configmap-missing: warning\n"));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.object().orElseThrow().name()).isEqualTo("a");
    });
    assertThat(r.suppressed()).isEqualTo(1);
  }

  @Test
  void objectsInTheClusterFileResolveReferencesButAreNeverReported() throws Exception {
    Files.writeString(dir.resolve("cluster.yaml"), """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: old, namespace: shop}
        spec:
          selector: {matchLabels: {app: old}}
          template:
            metadata: {labels: {app: wrong}}
            spec:
              serviceAccountName: gone
              containers: [{name: c, image: busybox:1.36, envFrom: [{configMapRef: {name: gone}}]}]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings, namespace: shop}
        """);
    Files.writeString(dir.resolve("in.yaml"), """
        apiVersion: v1
        kind: Pod
        metadata: {name: new, namespace: shop}
        spec:
          containers:
          - name: c
            image: busybox:1.36
            envFrom: [{configMapRef: {name: settings}}, {configMapRef: {name: absent}}]
        """);
    CheckResult r = CHECKER.check(CheckRequest.of(List.of("in.yaml"), dir).withOnlyRules(ALL)
        .withClusterFile("cluster.yaml"));
    assertThat(r.findings()).as("only the input is judged; settings is in the cluster")
        .extracting(f -> f.rule() + " " + f.span().file() + ":" + f.span().line())
        .containsExactly("namespace-missing in.yaml:3", "configmap-missing in.yaml:8");
  }

  @Test
  void wronglyTypedFieldsReadAsAbsentInEveryRule() throws Exception {
    String hostile = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d, namespace: [x]}
        spec:
          replicas: many
          selector: [not, a, map]
          template:
            metadata: {labels: {app: [1]}}
            spec:
              serviceAccountName: {a: b}
              volumes: [{name: v, configMap: [x]}, {name: w, secret: {secretName: 7, items: x}}]
              containers:
              - {name: c, env: [{name: X, valueFrom: {configMapKeyRef: {name: m, key: [k]}}}]}
              - 42
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec: {selector: "app=web", ports: [{port: http, targetPort: {a: b}}, 7]}
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: i}
        spec:
          ingressClassName: [x]
          tls: {secretName: t}
          rules: [{http: {paths: [{backend: {service: {name: s, port: {number: http}}}}]}}, 3]
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: h}
        spec:
          scaleTargetRef: {kind: Deployment, name: d}
          minReplicas: "2"
          maxReplicas: null
          metrics: [{type: Resource, resource: {name: cpu, target: {type: [Utilization]}}}, x]
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: p}
        spec: {minAvailable: [1], selector: {matchLabels: [a]}}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: b}
        roleRef: {kind: [Role], name: r}
        subjects: [{kind: ServiceAccount, name: {x: y}}, nope]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: n}
        spec:
          podSelector: [x]
          ingress: [{from: [{podSelector: {matchExpressions: [{key: a, operator: Bad}]}}, 5]}]
          egress: {to: x}
        """;
    CheckResult r = check(hostile, ALL, Configuration.DEFAULT);
    assertThat(r.findings()).allSatisfy(f -> assertThat(f.span().file()).isEqualTo("in.yaml"));
  }
}
