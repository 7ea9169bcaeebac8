package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, restricted level. */
@RuleInfo(id = "pss-restricted-proc-mount", category = Category.POD_SECURITY,
    severity = Severity.WARNING,
    summary = "A container asks for an unmasked /proc even though the pod runs in a "
        + "user namespace (restricted, from 1.35).",
    rationale = "From 1.35 the baseline level allows an unmasked /proc in pods with "
        + "hostUsers: false; the restricted level still requires the default "
        + "masks.",
    remediation = "Remove securityContext.procMount or set it to Default.")
public final class ProcMountRestricted extends PodSecurityRule {}
