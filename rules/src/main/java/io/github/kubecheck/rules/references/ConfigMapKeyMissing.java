package io.github.kubecheck.rules.references;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** A pod asks a ConfigMap for a key it does not have. */
@RuleInfo(id = "configmap-key-missing", category = Category.REFERENCES,
    severity = Severity.ERROR,
    summary = "A pod template asks for a key (volume items[].key, configMapKeyRef.key) that the "
        + "ConfigMap, present in the input or the cluster file, does not have in data or "
        + "binaryData.",
    rationale = "The kubelet will not mount a volume whose items name a missing key (the pod "
        + "stays in ContainerCreating), and will not start a container whose configMapKeyRef "
        + "names one (CreateContainerConfigError). `optional: true` on the reference makes a "
        + "missing key fine. Only ConfigMaps whose content kubecheck sees are checked.",
    remediation = "Add the key to the ConfigMap, correct the key in the pod template, or set "
        + "`optional: true` if the pod can run without it.")
public final class ConfigMapKeyMissing extends MissingKey {

  @Override
  String kind() {
    return "ConfigMap";
  }
}
