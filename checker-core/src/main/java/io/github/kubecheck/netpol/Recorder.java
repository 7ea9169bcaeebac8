package io.github.kubecheck.netpol;

import io.github.kubecheck.netpol.Decision.Effect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects what each policy did during evaluations, merging repeats, for can-reach answers. */
final class Recorder implements Trace {

  private record Key(String kind, String policy, String rule, Effect effect) {}

  private final Map<Key, Decision> decisions = new LinkedHashMap<>();

  @Override
  public void admin(CompiledAdminRule r, PortSet ports) {
    Effect e = switch (r.action) {
      case ALLOW -> Effect.ALLOW;
      case DENY -> Effect.DENY;
      case PASS -> Effect.PASS;
    };
    add(new Decision(r.policy.tier().kind(), r.policy.name(), r.rule.describe(), e, ports,
        Optional.of(r.rule.locate().span())));
  }

  @Override
  public void isolated(List<NetworkPolicy> policies, PortSet ports) {
    for (NetworkPolicy p : policies) {
      add(new Decision("NetworkPolicy", p.name(), "", Effect.ISOLATE, ports,
          Optional.of(p.resource().whole().span())));
    }
  }

  @Override
  public void allowed(CompiledRule r, PortSet ports) {
    add(new Decision("NetworkPolicy", r.policy.name(), r.rule.direction().field() + "["
        + r.rule.index() + "]", Effect.ALLOW, ports, Optional.of(r.rule.locate().span())));
  }

  @Override
  public void unrestricted(PortSet ports) {
    add(new Decision("", "", "", Effect.UNRESTRICTED, ports, Optional.empty()));
  }

  private void add(Decision d) {
    Key k = new Key(d.kind(), d.policy(), d.rule(), d.effect());
    decisions.merge(k, d, (a, b) -> new Decision(a.kind(), a.policy(), a.rule(), a.effect(),
        a.ports().union(b.ports()), a.at()));
  }

  /** The decisions, each cut down to the ports asked about; those left with none dropped. */
  List<Decision> decisions(PortSet asked) {
    List<Decision> out = new ArrayList<>();
    for (Decision d : decisions.values()) {
      PortSet p = d.ports().intersect(asked);
      if (!p.isEmpty()) {
        out.add(new Decision(d.kind(), d.policy(), d.rule(), d.effect(), p, d.at()));
      }
    }
    return out;
  }
}
