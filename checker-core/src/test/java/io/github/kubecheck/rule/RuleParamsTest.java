package io.github.kubecheck.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.cluster.ClusterLoader;
import io.github.kubecheck.config.ConfigLoader;
import io.github.kubecheck.config.Configuration;
import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rule parameters as rules read them: the configured value when it is of the parameter's kind
 * (YAML's booleans included), else the documented default, so a user's typo never stops a run.
 */
class RuleParamsTest {

  @RuleInfo(id = "sample", category = Category.CONFIG, severity = Severity.INFO,
      summary = "s", rationale = "r", remediation = "m", params = {
          @RuleParam(name = "min", defaultValue = "2", description = "a number"),
          @RuleParam(name = "strict", defaultValue = "false", description = "a switch"),
          @RuleParam(name = "names", defaultValue = "a, b", description = "a list")})
  static final class Sample implements Rule {
    @Override
    public void check(RuleContext context) {}
  }

  private static RuleContext context(String config) throws Exception {
    Configuration c = ConfigLoader.parse(".kubecheck.yaml",
        config.getBytes(StandardCharsets.UTF_8));
    Manifests none = new Manifests(List.of(), List.of());
    Facts facts = new Facts(none, () -> ClusterLoader.assemble(Optional.empty(), none), "1.31",
        c);
    RuleMetadata m = RuleMetadata.of(Sample.class);
    return new RuleContext(m, Severity.INFO, facts, c.rule("sample"), new FindingSink(),
        Map.of("sample", m), Set.of("sample"));
  }

  @Test
  void configuredValuesOfTheRightKindAreRead() throws Exception {
    RuleContext ctx = context("rules:\n  sample:\n    min: 5\n    strict: yes\n"
        + "    names: [x, y]\n");
    assertThat(ctx.longParam("min")).isEqualTo(5);
    assertThat(ctx.boolParam("strict")).isTrue();
    assertThat(ctx.listParam("names")).containsExactly("x", "y");
    assertThat(ctx.ruleMetadata("sample")).isPresent();
    assertThat(ctx.ruleMetadata("other")).isEmpty();
    assertThat(ctx.isActive("sample")).isTrue();
    assertThat(ctx.isActive("other")).isFalse();
  }

  @Test
  void unreadableValuesFallBackToTheDefault() throws Exception {
    RuleContext ctx = context("rules:\n  sample:\n    min: two\n    strict: \"yes\"\n");
    assertThat(ctx.longParam("min")).isEqualTo(2);
    assertThat(ctx.boolParam("strict")).isFalse();
    assertThat(ctx.listParam("names")).containsExactly("a", "b");
  }

  @Test
  void aParameterTakesWhatItsDefaultShows() throws Exception {
    RuleMetadata m = RuleMetadata.of(Sample.class);
    var yaml = new YamlReader(YamlLimits.DEFAULT).read("v.yaml",
        "a: 3\nb: x\nc: true\nd: [p, q]\ne: {k: v}\nf: ~\n".getBytes(StandardCharsets.UTF_8))
        .documents().get(0).root().asMapping().orElseThrow();
    RuleMetadata.Param number = m.param("min").orElseThrow();
    RuleMetadata.Param flag = m.param("strict").orElseThrow();
    RuleMetadata.Param list = m.param("names").orElseThrow();
    assertThat(number.kind()).isEqualTo("a whole number");
    assertThat(number.accepts(yaml.get("a").orElseThrow())).isTrue();
    assertThat(number.accepts(yaml.get("b").orElseThrow())).isFalse();
    assertThat(flag.accepts(yaml.get("c").orElseThrow())).isTrue();
    assertThat(flag.accepts(yaml.get("a").orElseThrow())).isFalse();
    assertThat(list.accepts(yaml.get("d").orElseThrow())).isTrue();
    assertThat(list.accepts(yaml.get("b").orElseThrow())).isTrue();
    assertThat(list.accepts(yaml.get("e").orElseThrow())).isFalse();
    assertThat(list.accepts(yaml.get("f").orElseThrow())).isFalse();
    assertThat(Optional.of(list.kind())).contains("text or a list");
  }
}
