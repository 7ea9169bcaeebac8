package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-host-path-volumes", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A pod mounts a hostPath volume.",
    rationale = "A hostPath volume exposes the node's file system to the pod, "
        + "including credentials and the container runtime socket. The baseline "
        + "level forbids it.",
    remediation = "Use a PersistentVolumeClaim, emptyDir, configMap or secret volume "
        + "instead of hostPath.")
public final class HostPathVolumes extends PodSecurityRule {}
