package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-host-probes-and-host-lifecycle", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A probe or lifecycle handler names a host (httpGet.host or "
        + "tcpSocket.host), forbidden from Kubernetes 1.34.",
    rationale = "The kubelet runs probes and lifecycle handlers from the node: a host "
        + "field lets a pod make the node connect to any address on its behalf. "
        + "The baseline level forbids it from 1.34.",
    remediation = "Remove the host field so the kubelet targets the pod's own IP; use "
        + "an exec probe to check another service.")
public final class HostProbesAndHostLifecycle extends PodSecurityRule {}
