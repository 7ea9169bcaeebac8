package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, restricted level. */
@RuleInfo(id = "pss-restricted-seccomp-profile", category = Category.POD_SECURITY,
    severity = Severity.WARNING,
    summary = "A container has no seccomp profile: neither it nor the pod sets "
        + "seccompProfile.type to RuntimeDefault or Localhost.",
    rationale = "The restricted level requires a seccomp filter on every container so "
        + "that rarely needed system calls are blocked (Windows pods exempt "
        + "from 1.25).",
    remediation = "Set spec.securityContext.seccompProfile.type: RuntimeDefault "
        + "(containers inherit it).")
public final class SeccompProfileRestricted extends PodSecurityRule {}
