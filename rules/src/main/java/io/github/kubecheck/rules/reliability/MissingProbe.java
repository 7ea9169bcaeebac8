package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Probe;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;

/**
 * What the missing-probe rules share: every app and sidecar container of a long-running pod
 * must have the probe in {@link #field()}. Init containers run to completion and cannot have
 * these probes; ephemeral containers cannot have probes at all.
 */
abstract class MissingProbe implements Rule {

  /** The container field, e.g. {@code livenessProbe}. */
  abstract String field();

  /** What the missing probe costs, ending the message after the container's name. */
  abstract String consequence();

  @Override
  public final void check(RuleContext ctx) {
    for (PodTemplate t : LongRunningPods.of(ctx)) {
      for (Container c : t.containers()) {
        if (c.kind().longRunning() && Probe.of(c, field()).isEmpty()) {
          ctx.report(t.owner(), c.locate(field()), c.describe() + " has no " + field() + ", "
              + consequence());
        }
      }
    }
  }
}
