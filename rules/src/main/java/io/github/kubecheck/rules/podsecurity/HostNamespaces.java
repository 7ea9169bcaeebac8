package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-host-namespaces", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A pod shares the node's network, PID or IPC namespace (hostNetwork, "
        + "hostPID, hostIPC).",
    rationale = "Sharing the host's namespaces lets the pod see and reach the node's "
        + "processes, network interfaces and shared memory, breaking the "
        + "isolation between pods and node; Pod Security Admission refuses it "
        + "from the baseline level.",
    remediation = "Remove hostNetwork, hostPID and hostIPC (or set them to false); "
        + "expose the pod through a Service instead of the node's network.")
public final class HostNamespaces extends PodSecurityRule {}
