package io.github.kubecheck.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Checker;
import io.github.kubecheck.config.ConfigLoader;
import io.github.kubecheck.rule.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With every default rule on, a problem that a Pod Security Standards rule and a hardening rule
 * both see is reported once, by the pss rule; the hardening rule takes over where the pss rule
 * is configured off or suppressed on the object.
 */
class OneFindingPerProblemTest {

  private static final Checker CHECKER = new Checker(RuleRegistry.loadBuiltIn());

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: tools
        namespace: shop
      %sspec:
        containers:
        - name: tools
          image: example/tools:1.0
          securityContext:
            capabilities:
              add: ["SYS_ADMIN"]
        volumes:
        - name: docker
          hostPath:
            path: /var/run/docker.sock
      """;

  private static final Set<String> WATCHED = Set.of("pss-baseline-capabilities",
      "pss-restricted-capabilities", "dangerous-capabilities", "drop-all-capabilities",
      "pss-baseline-host-path-volumes", "sensitive-host-path");

  @TempDir
  Path dir;

  /** The findings of the watched rules, each as the trimmed text of its line and the rule. */
  private List<String> findings(String annotations, String config) throws Exception {
    String yaml = POD.formatted(annotations);
    List<String> lines = yaml.lines().toList();
    Files.writeString(dir.resolve("in.yaml"), yaml);
    CheckRequest request = CheckRequest.of(List.of("in.yaml"), dir);
    if (!config.isEmpty()) {
      request = request.withConfig(ConfigLoader.parse(".kubecheck.yaml",
          config.getBytes(StandardCharsets.UTF_8)));
    }
    CheckResult result = CHECKER.check(request);
    return result.findings().stream().filter(f -> WATCHED.contains(f.rule()))
        .map(f -> lines.get(f.span().line() - 1).strip() + " | " + f.rule()).toList();
  }

  @Test
  void thePssRulesReportAndTheHardeningRulesStaySilent() throws Exception {
    assertThat(findings("", "")).containsExactly(
        "capabilities: | pss-restricted-capabilities",
        "add: [\"SYS_ADMIN\"] | pss-baseline-capabilities",
        "hostPath: | pss-baseline-host-path-volumes");
  }

  @Test
  void withThePssRulesOffTheHardeningRulesReport() throws Exception {
    String config = """
        rules:
          pss-baseline-capabilities: off
          pss-restricted-capabilities: off
          pss-baseline-host-path-volumes: off
        """;
    assertThat(findings("", config)).containsExactly(
        "capabilities: | drop-all-capabilities",
        "add: [\"SYS_ADMIN\"] | dangerous-capabilities",
        "path: /var/run/docker.sock | sensitive-host-path");
  }

  @Test
  void suppressingThePssRuleOnTheObjectLetsTheHardeningRuleReport() throws Exception {
    String annotations = """
          annotations:
            kubecheck.io/ignore: pss-baseline-capabilities
        """;
    assertThat(findings(annotations, "")).containsExactly(
        "capabilities: | pss-restricted-capabilities",
        "add: [\"SYS_ADMIN\"] | dangerous-capabilities",
        "hostPath: | pss-baseline-host-path-volumes");
  }
}
