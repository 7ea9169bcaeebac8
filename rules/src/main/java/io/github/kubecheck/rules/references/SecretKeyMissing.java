package io.github.kubecheck.rules.references;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** A pod asks a Secret for a key it does not have. */
@RuleInfo(id = "secret-key-missing", category = Category.REFERENCES, severity = Severity.ERROR,
    summary = "A pod template asks for a key (volume items[].key, secretKeyRef.key) that the "
        + "Secret, present in the input or the cluster file, does not have in data or "
        + "stringData.",
    rationale = "The kubelet will not mount a volume whose items name a missing key (the pod "
        + "stays in ContainerCreating), and will not start a container whose secretKeyRef names "
        + "one (CreateContainerConfigError). `optional: true` makes a missing key fine. Secrets "
        + "made by operators (SealedSecret, ExternalSecret, ...) have keys kubecheck cannot see, "
        + "so only Secrets written out are checked.",
    remediation = "Add the key to the Secret, correct the key in the pod template, or set "
        + "`optional: true` if the pod can run without it.")
public final class SecretKeyMissing extends MissingKey {

  @Override
  String kind() {
    return "Secret";
  }
}
