package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.rbac.Request.ResourceRequest;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;

/** Minting service account tokens. */
@RuleInfo(id = "rbac-token-create", category = Category.RBAC, severity = Severity.WARNING,
    summary = "A rule allows create on serviceaccounts/token.",
    rationale = "The TokenRequest API issues a token for a service account on demand: the holder "
        + "gets every permission of every service account the rule reaches, for as long as the "
        + "token lives, without running a pod.",
    remediation = "Remove the permission, or limit it with resourceNames to the service accounts "
        + "the holder must act as; workloads get their own token mounted and need no such "
        + "right.")
public final class TokenCreate implements Rule {

  private static final List<ResourceRequest> REQUESTS =
      List.of(ResourceRequest.of("create", "", "serviceaccounts", "token", "", ""));

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    RoleRules.reportResourceMatches(ctx, REQUESTS,
        "so its holders can obtain tokens of service accounts and act as them");
  }
}
