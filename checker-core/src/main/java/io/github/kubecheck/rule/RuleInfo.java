package io.github.kubecheck.rule;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The identity and documentation of a rule, on its class. Docs are generated from it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(java.lang.annotation.ElementType.TYPE)
public @interface RuleInfo {
  /** Kebab-case, unique, stable once released. */
  String id();

  Category category();

  Severity severity();

  boolean enabledByDefault() default true;

  /** One sentence: what the rule finds. */
  String summary();

  /** Why it matters. */
  String rationale();

  /** What to do instead. */
  String remediation();

  /** The kubecheck version that introduced the rule. */
  String since() default "0.1.0";

  RuleParam[] params() default {};
}
