package io.github.kubecheck.rules.config;

import io.github.kubecheck.config.RuleSetting;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleMetadata;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.Node;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rule parameters in .kubecheck.yaml that the rule does not have, or cannot read. */
@RuleInfo(id = "invalid-rule-parameter", category = Category.CONFIG,
    severity = Severity.WARNING,
    summary = "The configuration sets a parameter a rule does not have, or a value the parameter "
        + "cannot take.",
    rationale = "A misspelt parameter, or a value of the wrong kind (minReplicas: two), would "
        + "otherwise be ignored without a word: the rule runs with its default and the "
        + "setting you rely on never applies. A parameter takes what its default shows: true "
        + "or false, a whole number, or text (a comma-separated string or a list of strings). "
        + "The rule keeps its default for a value it cannot read.",
    remediation = "Correct the parameter's name or value; `kubecheck rules explain RULE-ID` "
        + "lists a rule's parameters with their defaults.")
public final class InvalidRuleParameter implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ctx.config().rules().values().stream()
        .sorted(Comparator.comparing(s -> s.idNode().span()))
        .forEach(s -> ctx.ruleMetadata(s.idNode().text()).ifPresent(m -> check(ctx, s, m)));
  }

  private static void check(RuleContext ctx, RuleSetting s, RuleMetadata m) {
    for (Map.Entry<String, Node> e : s.params().entrySet().stream()
        .sorted(Comparator.comparing(x -> x.getValue().span())).toList()) {
      Optional<RuleMetadata.Param> p = m.param(e.getKey());
      if (p.isEmpty()) {
        ctx.at(e.getValue().span()).report("rule " + m.id() + " has no parameter \""
            + e.getKey() + "\"" + (m.params().isEmpty() ? " (it has none)" : " (it has: "
            + m.params().stream().map(RuleMetadata.Param::name)
                .collect(Collectors.joining(", ")) + ")"));
      } else if (!p.get().accepts(e.getValue())) {
        ctx.at(e.getValue().span()).report("parameter " + e.getKey() + " of rule " + m.id()
            + " must be " + p.get().kind() + "; the default " + p.get().defaultValue()
            + " applies");
      }
    }
  }
}
