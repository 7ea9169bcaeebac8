package io.github.kubecheck.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kubecheck.rule.Severity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  private static Configuration parse(String yaml) throws ConfigException {
    return ConfigLoader.parse(".kubecheck.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsRuleSettingsExcludesLimitsAndSections() throws Exception {
    Configuration c = parse("""
        rules:
          a-rule: off
          b-rule: warning
          c-rule:
            severity: info
            threshold: 5
        exclude: ["vendor/**"]
        limits:
          maxDepth: 20
        references:
          assumeExternal: [Secret, ConfigMap/x]
        """);
    assertThat(c.rule("a-rule").orElseThrow().enabled()).contains(false);
    assertThat(c.rule("b-rule").orElseThrow().severity()).contains(Severity.WARNING);
    assertThat(c.rule("c-rule").orElseThrow().params()).containsKey("threshold");
    assertThat(c.exclude()).containsExactly("vendor/**");
    assertThat(c.limits().maxDepth()).isEqualTo(20);
    assertThat(c.list("references.assumeExternal")).containsExactly("Secret", "ConfigMap/x");
  }

  @Test
  void badValuesAreLocatedErrors() {
    assertThatThrownBy(() -> parse("rules:\n  a: loud\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining(".kubecheck.yaml:2:6");
    assertThatThrownBy(() -> parse("limits:\n  maxDepht: 3\n"))
        .hasMessageContaining("unknown limit");
    assertThatThrownBy(() -> parse("rules: [a]\n")).hasMessageContaining("mapping");
    assertThatThrownBy(() -> parse("rules: {a: [\n")).isInstanceOf(ConfigException.class);
  }
}
