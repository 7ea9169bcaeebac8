package io.github.kubecheck.rules.yaml;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.ParsedFile;
import io.github.kubecheck.yaml.YamlProblem;

/** The same key twice in one mapping. */
@RuleInfo(id = "duplicate-key", category = Category.YAML, severity = Severity.ERROR,
    summary = "A mapping has the same key twice.",
    rationale = "With strict field validation (kubectl's default) the API server rejects the "
        + "object; with lax validation one value silently overrides the other, so what is "
        + "applied is not what the reader of the file sees.",
    remediation = "Keep one of the keys: merge the two values into one or delete the stale one.")
public final class DuplicateKey implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (ParsedFile file : ctx.manifests().files()) {
      for (YamlProblem p : file.problems()) {
        if (p.kind() == YamlProblem.Kind.DUPLICATE_KEY) {
          ctx.at(p.span()).report(p.message());
        }
      }
    }
  }
}
