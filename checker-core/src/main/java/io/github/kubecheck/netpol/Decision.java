package io.github.kubecheck.netpol;

import io.github.kubecheck.yaml.Span;
import java.util.Optional;

/**
 * One step of a can-reach answer in one direction: what a policy (or its absence) did with some
 * of the ports asked about.
 *
 * @param kind AdminNetworkPolicy, NetworkPolicy or BaselineAdminNetworkPolicy; empty for
 *     {@link Effect#UNRESTRICTED}
 * @param policy the policy's name ({@code NAMESPACE/NAME} for a NetworkPolicy)
 * @param rule the rule, e.g. {@code ingress[0]}, or empty when the policy as a whole acts
 * @param ports the ports this step decided
 * @param at where the policy or rule is written
 */
public record Decision(String kind, String policy, String rule, Effect effect, PortSet ports,
    Optional<Span> at) {

  /** What a step did. */
  public enum Effect {
    /** A rule allowed the ports. */
    ALLOW,
    /** An admin or baseline rule denied them. */
    DENY,
    /** An admin rule passed them on to NetworkPolicies (or the baseline policy). */
    PASS,
    /** A NetworkPolicy selects the pod in this direction: what no rule allows is denied. */
    ISOLATE,
    /** No policy selects the pod in this direction, so the ports are allowed. */
    UNRESTRICTED
  }
}
