package io.github.kubecheck.config;

import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import java.util.Map;
import java.util.Optional;

/**
 * What the configuration says of one rule.
 *
 * @param idNode the rule id as written, to locate a finding about it
 * @param params parameter name to its value node
 */
public record RuleSetting(ScalarNode idNode, Optional<Boolean> enabled,
    Optional<Severity> severity, Map<String, Node> params) {

  public RuleSetting {
    params = Map.copyOf(params);
  }
}
