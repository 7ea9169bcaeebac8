package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.references.Target;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Objects in a namespace that nothing defines. */
@RuleInfo(id = "namespace-missing", category = Category.REFERENCES, severity = Severity.INFO,
    summary = "Objects name a namespace (metadata.namespace) for which no Namespace object is "
        + "in the input or the cluster; reported once per namespace, at its first object.",
    rationale = "The API server refuses objects in a namespace that does not exist, so applying "
        + "these fails unless the namespace is made first. Namespaces are often made elsewhere "
        + "(kubectl create namespace, a Helm --create-namespace, the platform), which is why "
        + "this is info. default, kube-system, kube-public and kube-node-lease always exist.",
    remediation = "Add a Namespace object to the manifests, or apply into a namespace that "
        + "exists." + Texts.EXTERNAL)
public final class NamespaceMissing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    Map<String, Resource> first = new LinkedHashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (Resource r : ctx.manifests().resources()) {
      String ns = r.namespace();
      if (r.clusterScoped() || ns.isEmpty() || index.declaresNamespace(ns)
          || index.isExternal(Target.core("Namespace", "", ns))) {
        continue;
      }
      first.putIfAbsent(ns, r);
      count.merge(ns, 1, Integer::sum);
    }
    first.forEach((ns, r) -> {
      int n = count.get(ns);
      ctx.report(r, r.locate("metadata.namespace"), r.describe() + " is in namespace \"" + ns
          + "\", which no Namespace object in the input or the cluster defines"
          + (n > 1 ? " (nor for the " + (n - 1) + " other object" + (n > 2 ? "s" : "")
              + " in it)" : "") + "; applying fails unless it is made first.");
    });
  }
}
