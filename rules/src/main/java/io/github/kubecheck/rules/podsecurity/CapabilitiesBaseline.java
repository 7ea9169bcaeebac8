package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-capabilities", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A container adds a Linux capability outside the baseline set.",
    rationale = "Capabilities such as SYS_ADMIN, NET_ADMIN or NET_RAW let a process "
        + "escape or reconfigure the node. The baseline level allows adding "
        + "only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, "
        + "NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT.",
    remediation = "Remove the capability from securityContext.capabilities.add; if the "
        + "workload really needs it, run it in a namespace labelled for the "
        + "privileged level.")
public final class CapabilitiesBaseline extends PodSecurityRule {}
