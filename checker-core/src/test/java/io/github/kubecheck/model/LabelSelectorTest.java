package io.github.kubecheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** metav1.LabelSelector semantics: all terms ANDed; NotIn and DoesNotExist match absent keys. */
class LabelSelectorTest {

  private static LabelSelector selector(String yaml) {
    MappingNode m = (MappingNode) new YamlReader(YamlLimits.DEFAULT)
        .read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8)).documents().get(0).root();
    return LabelSelector.of(m);
  }

  @Test
  void emptySelectorMatchesEverything() {
    assertThat(LabelSelector.EVERYTHING.matches(Map.of())).isTrue();
    assertThat(selector("{}").matches(Map.of("a", "b"))).isTrue();
  }

  @Test
  void matchLabelsAndExpressionsAreAnded() {
    LabelSelector s = selector("""
        matchLabels: {app: web}
        matchExpressions:
        - {key: tier, operator: In, values: [front, edge]}
        - {key: canary, operator: DoesNotExist}
        - {key: env, operator: NotIn, values: [dev]}
        """);
    assertThat(s.matches(Map.of("app", "web", "tier", "front"))).isTrue();
    assertThat(s.matches(Map.of("app", "web", "tier", "front", "env", "prod"))).isTrue();
    assertThat(s.matches(Map.of("app", "web", "tier", "front", "env", "dev"))).isFalse();
    assertThat(s.matches(Map.of("app", "web", "tier", "back"))).isFalse();
    assertThat(s.matches(Map.of("app", "web", "tier", "front", "canary", "1"))).isFalse();
    assertThat(s.matches(Map.of("tier", "front"))).isFalse();
  }

  @Test
  void unknownOperatorMatchesNothing() {
    assertThat(selector("matchExpressions: [{key: a, operator: Equals, values: [b]}]")
        .matches(Map.of("a", "b"))).isFalse();
  }
}
