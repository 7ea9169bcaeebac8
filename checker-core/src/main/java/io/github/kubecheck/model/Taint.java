package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Span;
import java.util.List;

/**
 * A node taint: {@code key=value:effect}, effect one of NoSchedule, PreferNoSchedule, NoExecute.
 *
 * @param span where the taint is written (the built-in ones carry their node's span)
 */
public record Taint(String key, String value, String effect, Span span) {

  public static List<Taint> listOf(MappingNode nodeSpec) {
    return nodeSpec.sequence("taints").map(s -> s.mappings().map(Taint::of).toList())
        .orElse(List.of());
  }

  public static Taint of(MappingNode m) {
    return new Taint(m.text("key").orElse(""), m.text("value").orElse(""),
        m.text("effect").orElse(""), m.span());
  }

  /** Whether the scheduler's filters look at it (PreferNoSchedule only weighs in scoring). */
  public boolean blocksScheduling() {
    return effect.equals("NoSchedule") || effect.equals("NoExecute");
  }

  /** "{key: value}": how kube-scheduler's messages name a taint. */
  public String describe() {
    return "{" + key + ": " + value + "}";
  }
}
