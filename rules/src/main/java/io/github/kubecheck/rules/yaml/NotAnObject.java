package io.github.kubecheck.rules.yaml;

import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** A document that is a list or a scalar rather than a mapping. */
@RuleInfo(id = "not-an-object", category = Category.YAML, severity = Severity.ERROR,
    summary = "A YAML document is a list or a plain value, not a Kubernetes object.",
    rationale = "Every document in a manifest must be a mapping with apiVersion, kind and "
        + "metadata; kubectl stops with \"Object 'Kind' is missing\" on anything else.",
    remediation = "Make the document a mapping with apiVersion, kind and metadata, wrap several "
        + "objects in a `kind: List` with `items:`, or remove the stray document.")
public final class NotAnObject implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Manifests.NotAnObject bad : ctx.manifests().notObjects()) {
      ctx.at(bad.document().root().span()).report("this document is " + article(bad.document().root().typeName()) + ", not an object with "
          + "apiVersion and kind");
    }
  }

  private static String article(String type) {
    return (type.startsWith("a") || type.startsWith("i") ? "an " : "a ") + type;
  }
}
