package io.github.kubecheck.rule;

/**
 * A check. Implementations carry {@link RuleInfo}, are listed in
 * {@code META-INF/services/io.github.kubecheck.rule.Rule}, read the model and analyses from the
 * context, and report findings located at the offending node. They keep no state between runs.
 */
public interface Rule {

  void check(RuleContext context);
}
