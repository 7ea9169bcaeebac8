package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, restricted level. */
@RuleInfo(id = "pss-restricted-allow-privilege-escalation", category = Category.POD_SECURITY,
    severity = Severity.WARNING,
    summary = "A container does not set securityContext.allowPrivilegeEscalation: "
        + "false.",
    rationale = "Without it a process can gain more privileges than its parent, e.g. "
        + "through setuid binaries. The restricted level requires it on every "
        + "container (Windows pods exempt from 1.25).",
    remediation = "Set securityContext.allowPrivilegeEscalation: false on every "
        + "container, init and ephemeral containers included.")
public final class AllowPrivilegeEscalation extends PodSecurityRule {}
