package io.github.kubecheck.rules.schema;

import io.github.kubecheck.model.Names;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import java.util.List;
import java.util.Set;

/** metadata.name missing or not valid for its kind; metadata.namespace not a DNS label. */
@RuleInfo(id = "invalid-name", category = Category.SCHEMA, severity = Severity.ERROR,
    summary = "An object has no metadata.name, or its name or namespace breaks the API server's "
        + "naming rules for its kind.",
    rationale = "Names become DNS names, label values and path segments; the API server refuses "
        + "a name that does not fit its kind's rule (lowercase RFC 1123 subdomain for most "
        + "kinds, an RFC 1035 label for Services, an RFC 1123 label for Namespaces, at most 52 "
        + "characters for CronJobs).",
    remediation = "Use lower case letters, digits and '-' (and '.' where subdomains are allowed), "
        + "starting and ending with a letter or digit, within the length limit.")
public final class InvalidName implements Rule {

  private static final Set<String> PATH_SEGMENT_KINDS = Set.of(
      "rbac.authorization.k8s.io/Role", "rbac.authorization.k8s.io/ClusterRole",
      "rbac.authorization.k8s.io/RoleBinding", "rbac.authorization.k8s.io/ClusterRoleBinding");
  private static final int CRONJOB_MAX = 52;

  @Override
  public void check(RuleContext ctx) {
    for (Resource r : ctx.manifests().resources()) {
      MappingNode meta = r.metadata();
      if (!r.node().has("metadata")) {
        ctx.report(r, r.whole(), "metadata is missing, so the object has no name");
        continue;
      }
      if (meta.text("name").isEmpty()) {
        if (meta.text("generateName").isEmpty()) {
          ctx.report(r, r.locate("metadata"), "metadata.name is missing");
        }
      } else {
        List<String> errors = nameErrors(r);
        if (!errors.isEmpty()) {
          ctx.report(r, r.locate("metadata.name"), "name \"" + r.name() + "\" is invalid for a "
              + r.kind() + ": " + String.join("; ", errors));
        }
      }
      if (!r.namespace().isEmpty()) {
        List<String> errors = Names.dns1123Label(r.namespace());
        if (!errors.isEmpty()) {
          ctx.report(r, r.locate("metadata.namespace"), "namespace \"" + r.namespace()
              + "\" is invalid: " + String.join("; ", errors));
        }
      }
    }
  }

  private static List<String> nameErrors(Resource r) {
    String name = r.name();
    String key = r.group() + "/" + r.kind();
    if (PATH_SEGMENT_KINDS.contains(key)) {
      return Names.pathSegment(name);
    }
    if (r.is("", "Service")) {
      return Names.dns1035Label(name);
    }
    if (r.is("", "Namespace")) {
      return Names.dns1123Label(name);
    }
    if (r.is("batch", "CronJob") && name.length() > CRONJOB_MAX) {
      return List.of("must be no more than " + CRONJOB_MAX + " characters, since the CronJob "
          + "controller appends 11 characters to name its Jobs");
    }
    return Names.dns1123Subdomain(name);
  }
}
