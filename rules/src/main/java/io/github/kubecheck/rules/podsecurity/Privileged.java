package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-privileged", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A container runs privileged (securityContext.privileged: true).",
    rationale = "A privileged container has every capability and access to the node's "
        + "devices: it is as powerful as root on the node. The baseline level "
        + "forbids it.",
    remediation = "Remove securityContext.privileged or set it to false; grant only the "
        + "specific capabilities the process needs.")
public final class Privileged extends PodSecurityRule {}
