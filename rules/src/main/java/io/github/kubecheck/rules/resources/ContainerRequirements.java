package io.github.kubecheck.rules.resources;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.ContainerKind;
import io.github.kubecheck.model.ContainerResources;
import io.github.kubecheck.model.LimitRange;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.RuleContext;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Visits every container that can have resources (init, sidecar and app containers; ephemeral
 * ones cannot) with what it is created with: its own requests and limits, the API's defaulting,
 * and the defaults of the LimitRanges in its namespace (input and cluster file).
 */
final class ContainerRequirements {

  private ContainerRequirements() {}

  static void each(RuleContext ctx, BiConsumer<Container, ContainerResources> action) {
    List<LimitRange> all = ctx.facts().cluster().ofKind("LimitRange").stream()
        .filter(LimitRange::isLimitRange).map(LimitRange::of).toList();
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      List<LimitRange> here = all.stream()
          .filter(l -> l.resource().effectiveNamespace().equals(t.namespace())).toList();
      for (Container c : t.containers()) {
        if (c.kind() != ContainerKind.EPHEMERAL) {
          action.accept(c, ContainerResources.effective(c, here));
        }
      }
    }
  }
}
