package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, restricted level. */
@RuleInfo(id = "pss-restricted-run-as-non-root", category = Category.POD_SECURITY,
    severity = Severity.WARNING,
    summary = "A container may run as root: runAsNonRoot is not true on the pod or "
        + "the container, or is set to false.",
    rationale = "With runAsNonRoot: true the kubelet refuses to start a container "
        + "whose user is root, which limits what an attacker gains from a "
        + "compromised process. The restricted level requires it (pods in a "
        + "user namespace exempt from 1.35).",
    remediation = "Set spec.securityContext.runAsNonRoot: true (containers inherit it) "
        + "and remove any runAsNonRoot: false; make the image run as a non-root "
        + "user.")
public final class RunAsNonRoot extends PodSecurityRule {}
