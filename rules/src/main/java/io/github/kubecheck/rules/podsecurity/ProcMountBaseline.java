package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-proc-mount", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A container asks for an unmasked /proc (securityContext.procMount "
        + "other than Default).",
    rationale = "The default /proc masks hide kernel interfaces that let a container "
        + "read or change the node's state. The baseline level requires them, "
        + "except (from 1.35) for pods in a user namespace (hostUsers: false).",
    remediation = "Remove securityContext.procMount or set it to Default.")
public final class ProcMountBaseline extends PodSecurityRule {}
