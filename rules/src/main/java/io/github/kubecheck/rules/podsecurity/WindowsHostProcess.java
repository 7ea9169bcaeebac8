package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-windows-host-process", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A pod or container runs as a Windows HostProcess container.",
    rationale = "A HostProcess container runs directly on the Windows node with the "
        + "host's privileges. The baseline level forbids it.",
    remediation = "Remove securityContext.windowsOptions.hostProcess or set it to "
        + "false.")
public final class WindowsHostProcess extends PodSecurityRule {}
