package io.github.kubecheck.rules.references;

import io.github.kubecheck.references.KeyRef;
import io.github.kubecheck.references.Reference;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * A key a pod asks of a ConfigMap or Secret ({@code items[].key} of a volume or projected
 * source, {@code valueFrom.*KeyRef.key}) that the object, written in the input or the cluster
 * file, does not have. Objects whose keys kubecheck cannot see (missing, promised by an
 * operator, assumed external) are left alone; optional references may lack keys.
 */
abstract class MissingKey implements Rule {

  abstract String kind();

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Reference r : index.podReferences()) {
      if (!r.is(kind()) || r.optional() || r.keys().isEmpty()) {
        continue;
      }
      Optional<Set<String>> keys = index.keys(r.target());
      if (keys.isEmpty()) {
        continue;
      }
      for (KeyRef k : r.keys()) {
        if (!keys.get().contains(k.key())) {
          ctx.report(r.from(), k.at(), Texts.referrer(r) + " asks for key \"" + k.key()
              + "\" of " + r.target().describe() + ", which has no such key "
              + Texts.keys(keys.get()) + "; " + Texts.podConsequence(r) + ".");
        }
      }
    }
  }
}
