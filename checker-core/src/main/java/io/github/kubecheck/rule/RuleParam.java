package io.github.kubecheck.rule;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A setting of a rule, set in {@code .kubecheck.yaml} under {@code rules.<id>.<name>}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface RuleParam {
  String name();

  /** The default, as it would be written in YAML (lists comma-separated). */
  String defaultValue();

  String description();
}
