package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.ImageReference;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.Optional;

/** Pull policies that contradict the image reference. */
@RuleInfo(id = "image-pull-policy", category = Category.RELIABILITY, severity = Severity.WARNING,
    summary = "A container's imagePullPolicy does not fit its image: IfNotPresent with the "
        + "latest tag, or Never.",
    rationale = "With IfNotPresent the kubelet pulls only when the node lacks the image, so a "
        + "latest (or untagged) image stays at whatever version each node pulled first: nodes "
        + "drift apart and new pushes never arrive. Never means the image must already be on "
        + "every node the pod can land on; on any other node the pod fails with "
        + "ErrImageNeverPull. Left out, the API server picks Always for latest and "
        + "IfNotPresent otherwise, which fits; a digest-pinned image fits any policy but "
        + "Never. Every container kind counts.",
    remediation = "Remove imagePullPolicy to get the default that fits the image, or pin the "
        + "image to a version tag or digest; use Never only on clusters whose nodes are built "
        + "with the image.")
public final class ImagePullPolicy implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      for (Container c : t.containers()) {
        Optional<String> policy = c.node().text("imagePullPolicy");
        if (policy.isEmpty()) {
          continue;
        }
        if (policy.get().equals("Never")) {
          ctx.report(t.owner(), c.locate("imagePullPolicy"), c.describe() + " sets "
              + "imagePullPolicy: Never, so on a node without image \"" + c.image() + "\" the "
              + "pod fails with ErrImageNeverPull; use IfNotPresent or leave it out");
          continue;
        }
        Optional<ImageReference> ref = ImageReference.parse(c.image());
        if (policy.get().equals("IfNotPresent") && ref.isPresent() && !ref.get().isPinned()
            && ref.get().effectiveTag().filter(ImageReference.DEFAULT_TAG::equals).isPresent()) {
          ctx.report(t.owner(), c.locate("imagePullPolicy"), c.describe() + " sets "
              + "imagePullPolicy: IfNotPresent for the latest image \"" + c.image() + "\", so "
              + "each node keeps the version it pulled first; pin a version tag or leave the "
              + "policy out (Always)");
        }
      }
    }
  }
}
