package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-se-linux-options", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A pod or container sets an SELinux type outside the container types, "
        + "or an SELinux user or role.",
    rationale = "Custom SELinux users, roles and types can lift the confinement "
        + "SELinux puts around containers. The baseline level allows only the "
        + "container_t family of types and no user or role.",
    remediation = "Remove seLinuxOptions.user and role, and set type only to "
        + "container_t, container_init_t, container_kvm_t or (from 1.31) "
        + "container_engine_t, or leave it unset.")
public final class SeLinuxOptions extends PodSecurityRule {}
