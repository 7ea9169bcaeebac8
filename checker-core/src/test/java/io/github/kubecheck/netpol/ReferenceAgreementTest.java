package io.github.kubecheck.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.netpol.ReferenceAnalyser.End;
import io.github.kubecheck.netpol.ReferenceScenarios.Pod;
import io.github.kubecheck.netpol.ReferenceScenarios.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine (pod classes, port interval sets, per-class rule lists) against a plain reading of
 * the specifications that decides one pod, one port and one direction at a time, on seeded
 * random scenarios: every verdict must agree, and the matrix must list what pairwise questions
 * answer.
 */
class ReferenceAgreementTest {

  private static final String[] OUTSIDE = {"203.0.113.5", "203.0.113.200", "10.3.0.1",
      "192.0.2.9", "198.51.100.1"};
  private static final Object[][] PROBES = {{"TCP", 53}, {"TCP", 80}, {"TCP", 81},
      {"TCP", 8080}, {"TCP", 443}, {"UDP", 53}, {"UDP", 80}, {"SCTP", 9000}, {"SCTP", 53}};

  private static int disagreements(Scenario s, List<String> report) {
    Net net = Net.of(ScenarioYaml.documents(s).toArray(String[]::new));
    ReferenceAnalyser ref = new ReferenceAnalyser(s);
    List<Object[]> ends = new ArrayList<>();
    for (Pod p : s.pods()) {
      ends.add(new Object[] {p.ns() + "/" + p.name(), new End(p, null)});
    }
    for (String ip : OUTSIDE) {
      ends.add(new Object[] {ip, new End(null, ip)});
    }
    int bad = 0;
    for (Object[] from : ends) {
      for (Object[] to : ends) {
        End f = (End) from[1];
        End t = (End) to[1];
        if (from == to || f.pod() == null && t.pod() == null) {
          continue;
        }
        PortSet ports = net.model.allowed(net.at((String) from[0]), net.at((String) to[0]));
        for (Object[] probe : PROBES) {
          Protocol proto = Protocol.valueOf((String) probe[0]);
          int port = (Integer) probe[1];
          boolean expected = ref.allowed(f, t, proto.name(), port);
          if (ports.contains(proto, port) != expected) {
            bad++;
            if (report.size() < 5) {
              report.add(from[0] + " -> " + to[0] + " " + proto + "/" + port + ": reference "
                  + expected + ", kubecheck " + ports);
            }
          }
        }
      }
    }
    java.util.Map<String, PortSet> matrix = new java.util.HashMap<>();
    for (Matrix.Connection c : net.model.matrix().connections()) {
      matrix.put(c.from().name() + " " + c.to().name(), c.ports());
    }
    for (NetworkEndpoint f : net.model.matrix().endpoints()) {
      for (NetworkEndpoint t : net.model.matrix().endpoints()) {
        if (f.equals(t) || f instanceof NetworkEndpoint.Outside
            && t instanceof NetworkEndpoint.Outside) {
          continue;
        }
        PortSet pairwise = net.model.allowed(f, t);
        PortSet listed = matrix.getOrDefault(f.name() + " " + t.name(), PortSet.NONE);
        if (!pairwise.equals(listed)) {
          bad++;
          report.add("matrix " + f.name() + " -> " + t.name() + ": " + listed + ", pairwise "
              + pairwise);
        }
      }
    }
    return bad;
  }

  private static void agree(boolean withAdmin, long firstSeed, int scenarios) {
    for (long seed = firstSeed; seed < firstSeed + scenarios; seed++) {
      Scenario s = new ReferenceScenarios(seed).next(withAdmin);
      List<String> report = new ArrayList<>();
      int bad = disagreements(s, report);
      assertThat(bad).as("seed %d disagrees: %s%nmanifests:%n%s", seed, report,
          String.join("---\n", ScenarioYaml.documents(s))).isZero();
    }
  }

  @Test
  void networkPoliciesAgreeWithTheReference() {
    agree(false, 1, 60);
  }

  @Test
  void adminAndBaselinePoliciesAgreeWithTheReference() {
    agree(true, 1000, 60);
  }
}
