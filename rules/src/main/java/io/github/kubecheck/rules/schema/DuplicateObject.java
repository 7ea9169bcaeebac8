package io.github.kubecheck.rules.schema;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.HashMap;
import java.util.Map;

/** The same object defined twice across the input. */
@RuleInfo(id = "duplicate-object", category = Category.SCHEMA, severity = Severity.ERROR,
    summary = "Two documents in the input define the same object (same group, kind, namespace "
        + "and name).",
    rationale = "Applying both means the second silently replaces the first, so one of the two "
        + "definitions never takes effect; usually a copy-paste left the name unchanged.",
    remediation = "Rename one of the objects or delete the stale copy.")
public final class DuplicateObject implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Map<String, Resource> seen = new HashMap<>();
    for (Resource r : ctx.manifests().resources()) {
      if (r.name().isEmpty() || r.kind().isEmpty()
          || r.metadata().text("name").isEmpty()) {
        continue;
      }
      String key = r.group() + "/" + r.kind() + "/" + r.effectiveNamespace() + "/" + r.name();
      Resource first = seen.putIfAbsent(key, r);
      if (first != null) {
        ctx.report(r, r.locate("metadata.name"), r.describe() + " is already defined at "
            + first.file() + ":" + first.locate("metadata.name").span().line());
      }
    }
  }
}
