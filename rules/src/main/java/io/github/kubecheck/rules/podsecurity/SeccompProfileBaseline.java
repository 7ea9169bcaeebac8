package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-seccomp-profile", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A pod or container explicitly sets a seccomp profile other than "
        + "RuntimeDefault or Localhost (e.g. Unconfined).",
    rationale = "Without a seccomp filter every system call of the kernel is "
        + "reachable from the container. The baseline level forbids explicitly "
        + "disabling seccomp.",
    remediation = "Set securityContext.seccompProfile.type to RuntimeDefault (or "
        + "Localhost with a profile on the node).")
public final class SeccompProfileBaseline extends PodSecurityRule {}
