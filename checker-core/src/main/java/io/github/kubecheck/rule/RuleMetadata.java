package io.github.kubecheck.rule;

import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A rule's {@link RuleInfo} as a value. */
public record RuleMetadata(String id, Category category, Severity severity,
    boolean enabledByDefault, String summary, String rationale, String remediation, String since,
    List<Param> params) {

  /** A documented rule setting. */
  public record Param(String name, String defaultValue, String description) {

    /** What values it takes, as its default shows: true/false, a whole number, or text. */
    public String kind() {
      String d = defaultValue.strip();
      if (d.equals("true") || d.equals("false")) {
        return "true or false";
      }
      return d.matches("-?[0-9]+") ? "a whole number" : "text or a list";
    }

    /** Whether a configured value fits {@link #kind()}. */
    public boolean accepts(Node value) {
      Optional<ScalarNode> s = value.asScalar().filter(v -> !v.isNull());
      return switch (kind()) {
        case "true or false" -> s.flatMap(ScalarNode::asBoolean).isPresent();
        case "a whole number" -> s.flatMap(ScalarNode::asLong).isPresent();
        default -> s.isPresent() || value.asSequence()
            .map(q -> q.items().stream().allMatch(i -> i.asScalar().isPresent())).orElse(false);
      };
    }
  }

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
