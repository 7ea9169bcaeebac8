package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.EffectiveSecurityContext;
import io.github.kubecheck.model.EffectiveSecurityContext.Setting;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Containers that run with a user or group id low enough to collide with the node's. */
@RuleInfo(id = "low-user-or-group-id", category = Category.SECURITY,
    severity = Severity.WARNING, enabledByDefault = false,
    summary = "A container runs with a user or group id below 10000, or leaves it to the image.",
    rationale = "Ids below 10000 are where the node's own users and groups live (root is 0, "
        + "system accounts sit below 1000, people from 1000). A process that escapes its "
        + "container keeps its ids, so a high, unshared id gives it no one else's files on the "
        + "node. Without runAsUser or runAsGroup the image decides, and many images run as "
        + "root. Pod-level values apply to every container that sets none; a low pod-level "
        + "value is reported once, at the pod, when some container inherits it. Off by default: "
        + "many images are built for a fixed low id. runAsUser 0 is also what the restricted "
        + "Pod Security Standard forbids: where pss-restricted-run-as-user reports the same "
        + "key, this rule stays silent. Windows pods are left out.",
    remediation = "Set securityContext.runAsUser and runAsGroup to ids of 10000 or more, in the "
        + "pod's securityContext for all containers or per container, and build the image so "
        + "that it works as any user.",
    params = {
        @RuleParam(name = "minUserId", defaultValue = "10000",
            description = "The lowest user id that is not reported."),
        @RuleParam(name = "minGroupId", defaultValue = "10000",
            description = "The lowest group id that is not reported.")})
public final class LowUserOrGroupId implements Rule {

  private static final String PSS_RULE = "pss-restricted-run-as-user";

  @Override
  public void check(RuleContext ctx) {
    long minUser = ctx.longParam("minUserId");
    long minGroup = ctx.longParam("minGroupId");
    for (PodTemplate t : LinuxPods.of(ctx)) {
      Map<String, Long> podLevel = new LinkedHashMap<>();
      for (Container c : t.containers()) {
        var esc = EffectiveSecurityContext.of(c);
        Map<String, Long> unset = new LinkedHashMap<>();
        check(ctx, t, c, "runAsUser", esc.runAsUser(), minUser, unset, podLevel);
        check(ctx, t, c, "runAsGroup", esc.runAsGroup(), minGroup, unset, podLevel);
        if (!unset.isEmpty()) {
          ctx.report(t.owner(), esc.missingAt(), c.describe() + " sets no "
              + String.join(" or ", unset.keySet()) + ", nor does the pod, so the image "
              + "decides (often root); set " + unset.entrySet().stream()
                  .map(e -> e.getKey() + " to " + e.getValue() + " or more")
                  .collect(Collectors.joining(" and ")));
        }
      }
      podLevel.forEach((key, value) -> {
        long min = key.equals("runAsUser") ? minUser : minGroup;
        var at = t.locateInSpec("securityContext." + key);
        if (key.equals("runAsGroup") || !PodSecurityOverlap.reported(ctx, t, at, PSS_RULE)) {
          ctx.report(t.owner(), at, "pod sets securityContext." + key + " " + value + ", below "
              + min + ", for the containers that set none; use an id of " + min + " or more");
        }
      });
    }
  }

  private static void check(RuleContext ctx, PodTemplate t, Container c, String key,
      Optional<Setting<Long>> setting, long min, Map<String, Long> unset,
      Map<String, Long> podLevel) {
    if (setting.isEmpty()) {
      unset.put(key, min);
    } else if (setting.get().value() < min) {
      if (setting.get().fromPod()) {
        podLevel.put(key, setting.get().value());
      } else if (key.equals("runAsGroup")
          || !PodSecurityOverlap.reported(ctx, t, setting.get().at(), PSS_RULE)) {
        ctx.report(t.owner(), setting.get().at(), c.describe() + " sets securityContext."
            + key + " " + setting.get().value() + ", below " + min + "; use an id of " + min
            + " or more");
      }
    }
  }
}
