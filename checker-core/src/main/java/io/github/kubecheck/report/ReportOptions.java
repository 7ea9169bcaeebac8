package io.github.kubecheck.report;

import io.github.kubecheck.rule.RuleRegistry;

/**
 * How to render: colour for a terminal, and the rules' metadata for formats that describe rules.
 */
public record ReportOptions(boolean color, RuleRegistry rules) {}
