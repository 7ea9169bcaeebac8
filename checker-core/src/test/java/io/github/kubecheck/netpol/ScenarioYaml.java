package io.github.kubecheck.netpol;

import io.github.kubecheck.netpol.ReferenceScenarios.Admin;
import io.github.kubecheck.netpol.ReferenceScenarios.AdminPeer;
import io.github.kubecheck.netpol.ReferenceScenarios.AdminPort;
import io.github.kubecheck.netpol.ReferenceScenarios.AdminRule;
import io.github.kubecheck.netpol.ReferenceScenarios.Expr;
import io.github.kubecheck.netpol.ReferenceScenarios.Ns;
import io.github.kubecheck.netpol.ReferenceScenarios.Peer;
import io.github.kubecheck.netpol.ReferenceScenarios.Pod;
import io.github.kubecheck.netpol.ReferenceScenarios.Policy;
import io.github.kubecheck.netpol.ReferenceScenarios.Port;
import io.github.kubecheck.netpol.ReferenceScenarios.Rule;
import io.github.kubecheck.netpol.ReferenceScenarios.Scenario;
import io.github.kubecheck.netpol.ReferenceScenarios.Sel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a scenario as the manifests a user would apply (flow-style YAML). */
final class ScenarioYaml {

  private ScenarioYaml() {}

  static List<String> documents(Scenario s) {
    List<String> out = new ArrayList<>();
    for (Ns n : s.namespaces()) {
      out.add("apiVersion: v1\nkind: Namespace\nmetadata: {name: " + n.name() + ", labels: "
          + map(n.labels()) + "}\n");
    }
    for (Pod p : s.pods()) {
      StringBuilder ports = new StringBuilder("[");
      for (var np : p.ports()) {
        ports.append(ports.length() > 1 ? ", " : "").append("{name: ").append(np.name())
            .append(", containerPort: ").append(np.number()).append(", protocol: ")
            .append(np.protocol()).append("}");
      }
      out.add("apiVersion: v1\nkind: Pod\nmetadata: {name: " + p.name() + ", namespace: "
          + p.ns() + ", labels: " + map(p.labels()) + "}\nspec:\n  hostNetwork: "
          + p.hostNetwork() + "\n  containers: [{name: c, image: example/c:1, ports: " + ports
          + "]}]\n");
    }
    for (Policy p : s.policies()) {
      StringBuilder y = new StringBuilder("apiVersion: networking.k8s.io/v1\nkind: "
          + "NetworkPolicy\nmetadata: {name: " + p.name() + ", namespace: " + p.ns()
          + "}\nspec:\n  podSelector: " + sel(p.podSelector()) + "\n");
      if (p.types() != null) {
        y.append("  policyTypes: ").append(p.types()).append('\n');
      }
      rules(y, "ingress", "from", p.ingress());
      rules(y, "egress", "to", p.egress());
      out.add(y.toString());
    }
    for (Admin a : s.admins()) {
      StringBuilder y = new StringBuilder("apiVersion: policy.networking.k8s.io/v1alpha1\nkind: "
          + (a.baseline() ? "BaselineAdminNetworkPolicy" : "AdminNetworkPolicy")
          + "\nmetadata: {name: " + a.name() + "}\nspec:\n");
      if (!a.baseline()) {
        y.append("  priority: ").append(a.priority()).append('\n');
      }
      y.append("  subject: ").append(a.subjectPods() == null
          ? "{namespaces: " + sel(a.subjectNamespaces()) + "}"
          : "{pods: {namespaceSelector: " + sel(a.subjectNamespaces()) + ", podSelector: "
              + sel(a.subjectPods()) + "}}").append('\n');
      adminRules(y, "ingress", "from", a.ingress());
      adminRules(y, "egress", "to", a.egress());
      out.add(y.toString());
    }
    return out;
  }

  private static void rules(StringBuilder y, String field, String peers, List<Rule> rules) {
    if (rules == null) {
      return;
    }
    y.append("  ").append(field).append(":").append(rules.isEmpty() ? " []" : "").append('\n');
    for (Rule r : rules) {
      List<String> parts = new ArrayList<>();
      if (r.peers() != null) {
        List<String> ps = new ArrayList<>();
        for (Peer p : r.peers()) {
          if (p.cidr() != null) {
            ps.add("{ipBlock: {cidr: " + p.cidr() + ", except: " + p.except() + "}}");
          } else {
            List<String> sels = new ArrayList<>();
            if (p.namespaces() != null) {
              sels.add("namespaceSelector: " + sel(p.namespaces()));
            }
            if (p.pods() != null) {
              sels.add("podSelector: " + sel(p.pods()));
            }
            ps.add("{" + String.join(", ", sels) + "}");
          }
        }
        parts.add(peers + ": [" + String.join(", ", ps) + "]");
      }
      if (r.ports() != null) {
        List<String> ps = new ArrayList<>();
        for (Port p : r.ports()) {
          List<String> f = new ArrayList<>();
          if (p.protocol() != null) {
            f.add("protocol: " + p.protocol());
          }
          if (p.port() != null) {
            f.add("port: " + p.port());
          }
          if (p.endPort() != null) {
            f.add("endPort: " + p.endPort());
          }
          ps.add("{" + String.join(", ", f) + "}");
        }
        parts.add("ports: [" + String.join(", ", ps) + "]");
      }
      y.append("  - {").append(String.join(", ", parts)).append("}\n");
    }
  }

  private static void adminRules(StringBuilder y, String field, String peers,
      List<AdminRule> rules) {
    if (rules.isEmpty()) {
      return;
    }
    y.append("  ").append(field).append(":\n");
    for (AdminRule r : rules) {
      List<String> ps = new ArrayList<>();
      for (AdminPeer p : r.peers()) {
        if (p.networks() != null) {
          ps.add("{networks: " + p.networks() + "}");
        } else if (p.pods() == null) {
          ps.add("{namespaces: " + sel(p.namespaces()) + "}");
        } else {
          ps.add("{pods: {namespaceSelector: " + sel(p.namespaces()) + ", podSelector: "
              + sel(p.pods()) + "}}");
        }
      }
      y.append("  - {action: ").append(r.action()).append(", ").append(peers).append(": [")
          .append(String.join(", ", ps)).append("]");
      if (r.ports() != null) {
        List<String> ports = new ArrayList<>();
        for (AdminPort p : r.ports()) {
          ports.add(switch (p.kind()) {
            case "number" -> "{portNumber: {protocol: " + p.protocol() + ", port: " + p.port()
                + "}}";
            case "range" -> "{portRange: {protocol: " + p.protocol() + ", start: " + p.port()
                + ", end: " + p.end() + "}}";
            default -> "{namedPort: " + p.name() + "}";
          });
        }
        y.append(", ports: [").append(String.join(", ", ports)).append("]");
      }
      y.append("}\n");
    }
  }

  private static String sel(Sel s) {
    List<String> parts = new ArrayList<>();
    if (!s.labels().isEmpty()) {
      parts.add("matchLabels: " + map(s.labels()));
    }
    if (!s.exprs().isEmpty()) {
      List<String> es = new ArrayList<>();
      for (Expr e : s.exprs()) {
        es.add("{key: " + e.key() + ", operator: " + e.op()
            + (e.values().isEmpty() ? "" : ", values: " + e.values()) + "}");
      }
      parts.add("matchExpressions: [" + String.join(", ", es) + "]");
    }
    return "{" + String.join(", ", parts) + "}";
  }

  private static String map(Map<String, String> m) {
    List<String> parts = new ArrayList<>();
    m.forEach((k, v) -> parts.add(k + ": \"" + v + "\""));
    return "{" + String.join(", ", parts) + "}";
  }
}
