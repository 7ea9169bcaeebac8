package io.github.kubecheck.rules.config;

import io.github.kubecheck.config.RuleSetting;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.rule.Suppressions;
import io.github.kubecheck.yaml.NodePath;
import java.util.Comparator;

/** Rule ids in .kubecheck.yaml or in kubecheck.io/ignore annotations that no rule has. */
@RuleInfo(id = "unknown-rule", category = Category.CONFIG, severity = Severity.WARNING,
    summary = "The configuration or a kubecheck.io/ignore annotation names a rule that does not "
        + "exist.",
    rationale = "A misspelt rule id silently does nothing: the rule you meant to turn off or "
        + "suppress keeps reporting, or a setting you rely on is never applied.",
    remediation = "Correct the id; `kubecheck rules list` shows every rule.")
public final class UnknownRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ctx.config().rules().values().stream()
        .sorted(Comparator.comparing(s -> s.idNode().span()))
        .map(RuleSetting::idNode)
        .filter(id -> !ctx.knownRuleIds().contains(id.text()))
        .forEach(id -> ctx.at(id.span()).report("unknown rule \"" + id.text()
            + "\" in the configuration"));
    for (Resource r : ctx.manifests().resources()) {
      for (String id : Suppressions.ids(r)) {
        if (!id.equals("*") && !ctx.knownRuleIds().contains(id)) {
          String path = NodePath.child("metadata.annotations", Suppressions.IGNORE);
          ctx.on(r, new Location(r.locate(path).span(), path))
              .report("unknown rule \"" + id + "\" in " + Suppressions.IGNORE);
        }
      }
    }
  }
}
