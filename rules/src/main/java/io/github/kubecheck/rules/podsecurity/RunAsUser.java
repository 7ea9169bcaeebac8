package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, restricted level. */
@RuleInfo(id = "pss-restricted-run-as-user", category = Category.POD_SECURITY,
    severity = Severity.WARNING,
    summary = "A pod or container sets runAsUser: 0 (root).",
    rationale = "User id 0 is root. The restricted level forbids setting it "
        + "explicitly from 1.23 (pods in a user namespace exempt from 1.35).",
    remediation = "Set runAsUser to a non-zero user id, or remove it and let the "
        + "image's non-root user apply.")
public final class RunAsUser extends PodSecurityRule {}
