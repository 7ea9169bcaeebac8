package io.github.kubecheck.rule;

import io.github.kubecheck.model.ObjectId;
import io.github.kubecheck.yaml.Span;
import java.util.Comparator;
import java.util.Optional;

/**
 * One problem found: which rule, how serious, what and where, and what to do instead.
 *
 * @param object absent when the document could not be read as an object
 * @param path absent when the finding is about the whole object
 */
public record Finding(String rule, Category category, Severity severity, String message,
    Span span, Optional<ObjectId> object, Optional<String> path, String remediation) {

  /** The report order: file, line, column, rule, then message so output is byte-stable. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.span().file())
      .thenComparingInt(f -> f.span().line())
      .thenComparingInt(f -> f.span().column())
      .thenComparing(Finding::rule)
      .thenComparing(Finding::message);
}
