package io.github.kubecheck.podsecurity;

import io.github.kubecheck.analysis.Analysis;
import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.podsecurity.CheckRegistry.Result;
import io.github.kubecheck.podsecurity.Violation.Admission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pod Security Standards verdict for every pod template of the input: every restricted and
 * baseline violation at the run's Kubernetes version, and what the labels of the template's
 * namespace (from the input or the cluster) make of each.
 */
public final class PodSecurity implements Analysis<PodSecurityReport> {

  public static final PodSecurity INSTANCE = new PodSecurity();
  private static final Admission[] MODES = {Admission.ENFORCE, Admission.WARN, Admission.AUDIT};

  private final CheckRegistry registry = CheckRegistry.standard();

  private PodSecurity() {}

  public CheckRegistry registry() {
    return registry;
  }

  @Override
  public PodSecurityReport compute(Facts facts) {
    PolicyVersion run = PolicyVersion.parse(facts.kubeVersion()).orElse(registry.newest());
    Map<String, NamespacePolicy> policies = new HashMap<>();
    for (Resource ns : facts.cluster().ofKind("Namespace")) {
      if (ns.group().isEmpty()) {
        policies.put(ns.name(), NamespacePolicy.of(ns.labels()));
      }
    }
    List<Violation> out = new ArrayList<>();
    for (PodTemplate t : facts.manifests().podTemplates()) {
      out.addAll(evaluate(t, run, policies.getOrDefault(t.namespace(), NamespacePolicy.NONE)));
    }
    return new PodSecurityReport(out);
  }

  /** The violations of one template at {@code run}, judged by its namespace's policy. */
  public List<Violation> evaluate(PodTemplate template, PolicyVersion run,
      NamespacePolicy policy) {
    Pod pod = new Pod(template);
    Map<String, Violation> byKey = new LinkedHashMap<>();
    for (Admission mode : MODES) {
      var m = policy.mode(mode);
      if (m.isEmpty() || m.get().level() == Level.PRIVILEGED) {
        continue;
      }
      // A pinned version newer than the cluster's reads as the cluster's newest policy.
      PolicyVersion v = registry.effective(m.get().version().map(p -> PolicyVersion.min(p, run))
          .orElse(run));
      for (Result r : registry.evaluate(pod, m.get().level(), v)) {
        byKey.putIfAbsent(key(r), violation(template, r, mode, m.get().level(), v));
      }
    }
    if (!policy.enforcesPrivileged()) {
      // Each level on its own: a Windows pod can pass restricted yet fail baseline, as restricted
      // replaces some baseline checks with ones that exempt Windows.
      PolicyVersion v = registry.effective(run);
      for (Level level : List.of(Level.BASELINE, Level.RESTRICTED)) {
        for (Result r : registry.evaluate(pod, level, v)) {
          byKey.putIfAbsent(key(r),
              violation(template, r, Admission.UNLABELLED, r.check().level(), v));
        }
      }
    }
    return List.copyOf(byKey.values());
  }

  private static Violation violation(PodTemplate t, Result r, Admission mode, Level level,
      PolicyVersion v) {
    return new Violation(t, r.check(), r.offence().at(), r.offence().message(), mode, level, v);
  }

  private static String key(Result r) {
    var at = r.offence().at();
    return r.check().ruleId() + "|" + at.path() + "|"
        + at.span().line() + ":" + at.span().column();
  }
}
