package io.github.kubecheck.podsecurity;

import java.util.List;

/** The Pod Security violations of every pod template in the input. */
public record PodSecurityReport(List<Violation> violations) {

  public PodSecurityReport {
    violations = List.copyOf(violations);
  }

  public List<Violation> ofRule(String ruleId) {
    return violations.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
  }
}
