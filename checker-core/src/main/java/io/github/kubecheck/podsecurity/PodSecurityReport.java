package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.PodTemplate;
import java.util.List;

/** The Pod Security violations of every pod template in the input. */
public record PodSecurityReport(List<Violation> violations) {

  public PodSecurityReport {
    violations = List.copyOf(violations);
  }

  /** The violations of one pod template, in the order the checks found them. */
  public List<Violation> of(PodTemplate template) {
    return violations.stream().filter(v -> v.template().equals(template)).toList();
  }

  public List<Violation> ofRule(String ruleId) {
    return violations.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
  }
}
