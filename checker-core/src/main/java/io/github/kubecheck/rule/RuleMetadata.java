package io.github.kubecheck.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A rule's {@link RuleInfo} as a value. */
public record RuleMetadata(String id, Category category, Severity severity,
    boolean enabledByDefault, String summary, String rationale, String remediation, String since,
    List<Param> params) {

  /** A documented rule setting. */
  public record Param(String name, String defaultValue, String description) {}

  public static RuleMetadata of(Class<? extends Rule> type) {
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(type.getName() + " has no @RuleInfo");
    }
    return new RuleMetadata(info.id(), info.category(), info.severity(),
        info.enabledByDefault(), info.summary(), info.rationale(), info.remediation(),
        info.since(), Arrays.stream(info.params())
            .map(p -> new Param(p.name(), p.defaultValue(), p.description())).toList());
  }

  public Optional<Param> param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
