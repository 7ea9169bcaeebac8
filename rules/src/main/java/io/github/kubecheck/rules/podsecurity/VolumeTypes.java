package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pod Security Standards, restricted level. */
@RuleInfo(id = "pss-restricted-volume-types", category = Category.POD_SECURITY,
    severity = Severity.WARNING,
    summary = "A pod uses a volume type outside the restricted set.",
    rationale = "The restricted level allows only volume types that do not reach into "
        + "the node or need special privileges: configMap, csi, downwardAPI, "
        + "emptyDir, ephemeral, image, persistentVolumeClaim, projected and "
        + "secret.",
    remediation = "Use a PersistentVolumeClaim (with a PersistentVolume or StorageClass "
        + "for the storage) instead of the in-line volume source.")
public final class VolumeTypes extends PodSecurityRule {}
