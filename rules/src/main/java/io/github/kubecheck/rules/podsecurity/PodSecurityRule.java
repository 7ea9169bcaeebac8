package io.github.kubecheck.rules.podsecurity;

import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.podsecurity.PodSecurity;
import io.github.kubecheck.podsecurity.Violation;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/**
 * What every Pod Security Standards rule does: report the violations the podsecurity analysis
 * found for the rule's own id, at the severity the template's namespace labels give them. Each
 * subclass is only its metadata.
 */
abstract class PodSecurityRule implements Rule {

  @Override
  public final void check(RuleContext ctx) {
    String id = getClass().getAnnotation(RuleInfo.class).id();
    for (Violation v : ctx.analysis(PodSecurity.INSTANCE).ofRule(id)) {
      ctx.on(v.template().owner(), v.at()).severity(severity(v, ctx.severity()))
          .report(message(v));
    }
  }

  private static Severity severity(Violation v, Severity configured) {
    return switch (v.admission()) {
      case ENFORCE -> Severity.ERROR;
      case WARN, AUDIT -> Severity.WARNING;
      case UNLABELLED -> configured;
    };
  }

  static String message(Violation v) {
    PodTemplate t = v.template();
    String standard = "the " + v.policyLevel().label() + " Pod Security Standard (v"
        + v.policyVersion() + ")";
    String ns = "namespace \"" + t.namespace() + "\"";
    boolean bare = t.path().isEmpty();
    return v.message() + switch (v.admission()) {
      case UNLABELLED -> "; this violates " + standard;
      case ENFORCE -> bare
          ? "; " + ns + " enforces " + standard + ", so the pod would be rejected at admission"
          : "; " + ns + " enforces " + standard + ", so the " + t.owner().kind()
              + " is admitted but its pods would be rejected at admission";
      case WARN -> "; " + ns + " warns on " + standard + ", so applying it shows a warning";
      case AUDIT -> "; " + ns + " audits " + standard
          + ", so the API server's audit log records the violation";
    };
  }
}
