package io.github.kubecheck.rules.references;

import io.github.kubecheck.references.Reference;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;

/**
 * What the rules about an object a pod needs share: every reference of the input's pod templates
 * that the subclass cares about, not optional, whose target neither exists (in the input, the
 * cluster, or promised by another object) nor is assumed external, is reported at the field
 * that names it.
 */
abstract class MissingPodReference implements Rule {

  /** Whether this rule judges the reference. */
  abstract boolean accepts(Reference r);

  /** What goes wrong without the target, for the message. */
  abstract String consequence(Reference r);

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Reference r : index.podReferences()) {
      if (accepts(r) && !r.optional() && !index.resolves(r.target())) {
        ctx.report(r.from(), r.at(), Texts.referrer(r) + " uses " + Texts.missing(r.target())
            + "; " + consequence(r) + ".");
      }
    }
  }
}
