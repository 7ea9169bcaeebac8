package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.RuleContext;
import java.util.List;

/**
 * The pod templates whose containers take Linux security settings: every template of the input
 * except pods declaring {@code spec.os.name: windows}, where the API server refuses those fields.
 */
final class LinuxPods {

  private LinuxPods() {}

  static List<PodTemplate> of(RuleContext ctx) {
    return ctx.manifests().podTemplates().stream().filter(t -> !t.isWindows()).toList();
  }
}
