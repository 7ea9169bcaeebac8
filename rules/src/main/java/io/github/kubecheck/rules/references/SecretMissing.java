package io.github.kubecheck.rules.references;

import io.github.kubecheck.references.Reference;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** A pod needs a Secret that is nowhere. */
@RuleInfo(id = "secret-missing", category = Category.REFERENCES, severity = Severity.WARNING,
    summary = "A pod template mounts or reads a Secret (volume, projected source, envFrom, env "
        + "valueFrom) that is neither in the input, nor in the cluster, nor promised by another "
        + "object, and the reference is not optional.",
    rationale = "The kubelet will not start a pod whose Secret is missing (ContainerCreating for "
        + "a volume, CreateContainerConfigError for the environment). Secrets are often made "
        + "out of band, so this is a warning, and a Secret counts as present when an object in "
        + "the input or the cluster makes it: a SealedSecret, an ExternalSecret (spec.target.name "
        + "or its own name), a cert-manager Certificate (spec.secretName) or an Ingress with a "
        + "cert-manager.io issuer annotation (its tls secrets), a Vault Secrets Operator secret "
        + "(spec.destination.name), a SecretProviderClass (secretObjects). Image pull secrets "
        + "have their own rule, image-pull-secret-missing.",
    remediation = "Create the Secret (or the object that makes it) in the pod's namespace, "
        + "correct the name, or set `optional: true` if the pod can run without it."
        + Texts.EXTERNAL)
public final class SecretMissing extends MissingPodReference {

  @Override
  boolean accepts(Reference r) {
    return r.is("Secret") && r.use() != Reference.Use.IMAGE_PULL_SECRET;
  }

  @Override
  String consequence(Reference r) {
    return Texts.podConsequence(r);
  }
}
