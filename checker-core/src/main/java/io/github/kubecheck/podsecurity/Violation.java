package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;

/**
 * A Pod Security violation in one pod template, with what its namespace's labels make of it.
 *
 * @param admission what Pod Security Admission would do about it in the template's namespace
 * @param policyLevel the level of the policy that found it: the namespace label's when one
 *     applies, else the check's own
 * @param policyVersion the version of that policy (the namespace label's when one applies, else
 *     the run's)
 */
public record Violation(PodTemplate template, Check check, Location at, String message,
    Admission admission, Level policyLevel, PolicyVersion policyVersion) {

  public String ruleId() {
    return check.ruleId();
  }

  public Level level() {
    return check.level();
  }

  /** What a namespace's pod-security labels make of a violation. */
  public enum Admission {
    /** No label of the namespace covers the violation's level. */
    UNLABELLED,
    /** {@code enforce}: the pod is rejected. */
    ENFORCE,
    /** {@code warn}: the user sees a warning when applying. */
    WARN,
    /** {@code audit}: the audit log records it. */
    AUDIT
  }
}
