package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-host-ports", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A container binds a port on the node (ports[].hostPort).",
    rationale = "A hostPort binds the node's network interface, bypasses network "
        + "policies and limits scheduling to one such pod per node. The "
        + "baseline level forbids any non-zero hostPort.",
    remediation = "Remove hostPort and expose the container through a Service (NodePort "
        + "or LoadBalancer if it must be reached from outside).")
public final class HostPorts extends PodSecurityRule {}
