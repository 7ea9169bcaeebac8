package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.references.Reference;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.references.Target;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.Node;

/** Image pull credentials that are nowhere, named by a pod or by a ServiceAccount. */
@RuleInfo(id = "image-pull-secret-missing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A pod template or a ServiceAccount names an image pull secret "
        + "(imagePullSecrets[].name) that is neither in the input, nor in the cluster, nor "
        + "promised by another object.",
    rationale = "The kubelet pulls without credentials it cannot find (it only logs that some "
        + "image pull secrets could not be retrieved), so a private image fails with "
        + "ImagePullBackOff while a public one still works: a warning. A ServiceAccount's "
        + "imagePullSecrets are added to every pod that runs as it.",
    remediation = "Create the Secret (type kubernetes.io/dockerconfigjson) in the pod's "
        + "namespace, correct the name, or remove the entry." + Texts.EXTERNAL)
public final class ImagePullSecretMissing extends MissingPodReference {

  @Override
  boolean accepts(Reference r) {
    return r.use() == Reference.Use.IMAGE_PULL_SECRET;
  }

  @Override
  String consequence(Reference r) {
    return "private images would fail to pull (ImagePullBackOff)";
  }

  @Override
  public void check(RuleContext ctx) {
    super.check(ctx);
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Resource sa : ctx.manifests().ofKind("ServiceAccount")) {
      if (!sa.group().isEmpty()) {
        continue;
      }
      var secrets = sa.node().sequence("imagePullSecrets");
      for (int i = 0; secrets.isPresent() && i < secrets.get().size(); i++) {
        String path = "imagePullSecrets[" + i + "].name";
        secrets.get().get(i).flatMap(Node::asMapping).flatMap(m -> m.text("name"))
            .filter(n -> !n.isEmpty()).map(n -> Target.core("Secret", sa.effectiveNamespace(), n))
            .filter(t -> !index.resolves(t))
            .ifPresent(t -> ctx.report(sa, sa.locate(path), sa.describe() + ": imagePullSecrets "
                + "names " + Texts.missing(t) + "; pods running as it could not pull private "
                + "images (ImagePullBackOff)."));
      }
    }
  }
}
