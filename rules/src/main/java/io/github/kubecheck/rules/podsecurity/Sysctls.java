package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-sysctls", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A pod sets a sysctl outside the safe, namespaced set of its "
        + "Kubernetes version.",
    rationale = "Sysctls outside the safe set can change kernel settings shared by "
        + "every pod on the node. The baseline level allows only sysctls that "
        + "are namespaced and isolated per pod; the list grows with the "
        + "Kubernetes version.",
    remediation = "Remove the sysctl from spec.securityContext.sysctls, or set it on "
        + "the node instead.")
public final class Sysctls extends PodSecurityRule {}
