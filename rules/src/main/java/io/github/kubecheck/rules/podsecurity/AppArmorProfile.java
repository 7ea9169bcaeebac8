package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, baseline level. */
@RuleInfo(id = "pss-baseline-app-armor-profile", category = Category.POD_SECURITY,
    severity = Severity.ERROR,
    summary = "A pod or container runs without AppArmor confinement "
        + "(appArmorProfile or the AppArmor annotation).",
    rationale = "Turning AppArmor off removes a layer of mandatory access control "
        + "between the container and the node. The baseline level allows only "
        + "the runtime's default profile or a profile loaded on the node.",
    remediation = "Remove the unconfined setting, or set appArmorProfile.type to "
        + "RuntimeDefault or Localhost (annotation values runtime/default or "
        + "localhost/<profile>).")
public final class AppArmorProfile extends PodSecurityRule {}
