package io.github.kubecheck.rules.security;

import io.github.kubecheck.analysis.Analysis;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.podsecurity.PodSecurity;
import io.github.kubecheck.podsecurity.Violation;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.Suppressions;
import io.github.kubecheck.yaml.Span;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a Pod Security Standards rule already tells the user about a problem that a hardening
 * rule would report too. A hardening rule asks before reporting, so one problem gets one
 * finding: the pss rule's while it runs, is not suppressed on the object and reports at the same
 * place; the hardening rule's otherwise (pss rules turned off, a namespace that enforces
 * {@code privileged}, a pss finding suppressed by annotation).
 */
final class PodSecurityOverlap {

  /** The places of every Pod Security violation of the run, by rule, computed once. */
  private static final Analysis<Set<String>> PLACES = facts -> {
    Set<String> out = new HashSet<>();
    for (Violation v : facts.get(PodSecurity.INSTANCE).violations()) {
      out.add(key(v.ruleId(), v.at().span()));
    }
    return Set.copyOf(out);
  };

  private PodSecurityOverlap() {}

  /** Whether one of {@code pssRules} shows a finding for {@code template} at {@code at}. */
  static boolean reported(RuleContext ctx, PodTemplate template, Location at,
      String... pssRules) {
    for (String id : pssRules) {
      if (ctx.isActive(id) && !Suppressions.suppresses(template.owner(), id)
          && ctx.analysis(PLACES).contains(key(id, at.span()))) {
        return true;
      }
    }
    return false;
  }

  private static String key(String rule, Span s) {
    return rule + "|" + s.file() + ":" + s.line() + ":" + s.column();
  }
}
