package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.ImageReference;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import java.util.List;
import java.util.Optional;

/** Images that name no tag, or a tag that moves. */
@RuleInfo(id = "image-latest-tag", category = Category.RELIABILITY, severity = Severity.WARNING,
    summary = "A container's image has no tag or the latest tag (and no digest).",
    rationale = "An image without a tag means :latest, and latest is whatever was pushed last: "
        + "two nodes can run different code for the same pod, a restart can bring a new "
        + "version nobody rolled out, and rolling back to the previous manifest changes "
        + "nothing. A digest pins the image whatever the tag says, so pinned images pass. "
        + "Every container kind counts; image references kubecheck cannot parse are left to "
        + "other checks.",
    remediation = "Use a version tag that is never moved (app:1.4.2), or pin by digest "
        + "(app:1.4.2@sha256:...).",
    params = @RuleParam(name = "tags", defaultValue = "latest",
        description = "Tags that move and are reported like latest (e.g. latest,main,stable)."))
public final class ImageLatestTag implements Rule {

  @Override
  public void check(RuleContext ctx) {
    List<String> floating = ctx.listParam("tags");
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      for (Container c : t.containers()) {
        Optional<ImageReference> ref = ImageReference.parse(c.image());
        if (ref.isEmpty() || ref.get().isPinned()) {
          continue;
        }
        Optional<String> tag = ref.get().tag();
        if (tag.isEmpty()) {
          ctx.report(t.owner(), c.locate("image"), c.describe() + " uses image \"" + c.image()
              + "\" without a tag, which means :latest; name a version tag or a digest");
        } else if (floating.contains(tag.get())) {
          ctx.report(t.owner(), c.locate("image"), c.describe() + " uses image \"" + c.image()
              + "\" with the moving tag \"" + tag.get() + "\"; name a version tag or a digest");
        }
      }
    }
  }
}
