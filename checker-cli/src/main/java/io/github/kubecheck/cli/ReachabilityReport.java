package io.github.kubecheck.cli;

import io.github.kubecheck.netpol.Decision;
import io.github.kubecheck.netpol.DirectionVerdict;
import io.github.kubecheck.netpol.PortSet;
import io.github.kubecheck.netpol.Reachability;
import io.github.kubecheck.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a can-reach answer as text or JSON. */
final class ReachabilityReport {

  private ReachabilityReport() {}

  static String json(Reachability r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("allowed", r.reachable());
    out.put("from", r.from().name());
    out.put("to", r.to().name());
    out.put("ports", r.allowed().describe());
    out.put("egress", direction(r.egress()));
    out.put("ingress", direction(r.ingress()));
    return Json.write(out);
  }

  private static Map<String, Object> direction(DirectionVerdict v) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("of", v.subject());
    out.put("policiesApply", v.applies());
    out.put("allowed", v.allowed().describe());
    List<Object> via = new ArrayList<>();
    for (Decision d : v.decisions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("effect", d.effect().name().toLowerCase(Locale.ROOT));
      if (!d.kind().isEmpty()) {
        m.put("kind", d.kind());
        m.put("name", d.policy());
      }
      if (!d.rule().isEmpty()) {
        m.put("rule", d.rule());
      }
      m.put("ports", d.ports().describe());
      d.at().ifPresent(s -> {
        m.put("file", s.file());
        m.put("line", s.line());
      });
      via.add(m);
    }
    out.put("via", via);
    return out;
  }

  static String text(Reachability r) {
    StringBuilder out = new StringBuilder();
    String on = r.asked().isAll() ? "" : " on " + ports(r.asked());
    if (r.reachable()) {
      out.append("yes: ").append(r.from().name()).append(" can reach ").append(r.to().name())
          .append(" on ").append(ports(r.allowed())).append('\n');
    } else {
      out.append("no: ").append(r.from().name()).append(" cannot reach ").append(r.to().name())
          .append(on).append('\n');
    }
    direction(out, r.egress(), r.asked());
    direction(out, r.ingress(), r.asked());
    return out.toString();
  }

  private static void direction(StringBuilder out, DirectionVerdict v, PortSet asked) {
    String what = v.direction().field() + " of " + v.subject();
    if (!v.applies()) {
      out.append(what).append(": outside the cluster, no policy applies\n");
      return;
    }
    out.append(what).append(": ").append(v.allowed().isEmpty() ? "denied"
        : "allowed on " + ports(v.allowed())).append('\n');
    boolean isolated = false;
    for (Decision d : v.decisions()) {
      String where = d.at().map(s -> " (" + s.file() + ":" + s.line() + ")").orElse("");
      String name = d.kind() + " " + d.policy() + (d.rule().isEmpty() ? "" : " " + d.rule());
      String line = switch (d.effect()) {
        case ISOLATE -> name + " selects it for " + v.direction().field() + where;
        case ALLOW -> name + " allows " + ports(d.ports()) + where;
        case DENY -> name + " denies " + ports(d.ports()) + where;
        case PASS -> name + " passes " + ports(d.ports()) + " on to NetworkPolicies" + where;
        case UNRESTRICTED -> "no policy restricts it: " + ports(d.ports()) + " allowed";
      };
      isolated |= d.effect() == Decision.Effect.ISOLATE;
      out.append("  ").append(line).append('\n');
    }
    PortSet rest = asked.minus(v.allowed());
    if (isolated && !rest.isEmpty()) {
      String denied = !asked.isAll() ? ports(rest)
          : v.allowed().isEmpty() ? "it" : "anything else";
      out.append("  no ").append(v.direction().field()).append(" rule allows ").append(denied)
          .append('\n');
    }
  }

  private static String ports(PortSet p) {
    return p.isAll() ? "every port" : String.join(", ", p.describe());
  }
}
