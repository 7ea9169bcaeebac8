package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.ImageReference;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Images named by tag only. */
@RuleInfo(id = "image-not-pinned", category = Category.SECURITY, severity = Severity.WARNING,
    enabledByDefault = false,
    summary = "A container's image is not pinned by digest (image@sha256:...).",
    rationale = "A tag is a pointer the registry lets anyone with push rights move, so the same "
        + "manifest can run different code tomorrow, or code an attacker pushed under a "
        + "trusted tag. A digest names exactly one image; the kubelet verifies it. Off by "
        + "default: pinning needs tooling (Renovate, Dependabot, an admission controller that "
        + "resolves tags) to keep digests current. Every container kind counts; image "
        + "references kubecheck cannot parse (templates, typos) are left to other checks.",
    remediation = "Reference the image by digest, keeping the tag for readers: "
        + "registry.example.com/app:1.4.2@sha256:<digest>.")
public final class ImageNotPinned implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      for (Container c : t.containers()) {
        ImageReference.parse(c.image()).filter(r -> !r.isPinned()).ifPresent(r ->
            ctx.report(t.owner(), c.locate("image"), c.describe() + " uses image \""
                + c.image() + "\" by tag, not by digest; pin it as " + c.image()
                + "@sha256:<digest>"));
      }
    }
  }
}
