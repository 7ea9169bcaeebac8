package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, restricted level. */
@RuleInfo(id = "pss-restricted-capabilities", category = Category.POD_SECURITY,
    severity = Severity.WARNING,
    summary = "A container does not drop ALL capabilities, or adds one other than "
        + "NET_BIND_SERVICE.",
    rationale = "The restricted level requires containers to drop every Linux "
        + "capability and add back at most NET_BIND_SERVICE (Windows pods "
        + "exempt from 1.25).",
    remediation = "Set securityContext.capabilities.drop: [\"ALL\"] and add back only "
        + "NET_BIND_SERVICE if the process binds a port below 1024.")
public final class CapabilitiesRestricted extends PodSecurityRule {}
