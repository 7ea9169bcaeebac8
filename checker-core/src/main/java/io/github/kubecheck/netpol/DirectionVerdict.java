package io.github.kubecheck.netpol;

import java.util.List;

/**
 * One side of a can-reach answer: the egress of FROM, or the ingress of TO.
 *
 * @param subject the side's endpoint name
 * @param applies false when that side is outside the cluster, where no policy applies
 * @param allowed the ports this side lets through, of those asked about
 * @param decisions what each policy did, in evaluation order
 */
public record DirectionVerdict(Direction direction, String subject, boolean applies,
    PortSet allowed, List<Decision> decisions) {

  public DirectionVerdict {
    decisions = List.copyOf(decisions);
  }
}
