package io.github.kubecheck.rules.schema;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.Node;
import java.util.Optional;
import java.util.regex.Pattern;

/** kind missing, not a string, or not a CamelCase type name. */
@RuleInfo(id = "invalid-kind", category = Category.SCHEMA, severity = Severity.ERROR,
    summary = "An object's kind is missing or is not a type name such as Deployment.",
    rationale = "The API server finds the type by its exact, case-sensitive kind; a missing or "
        + "misspelt kind (deployment, Deployments) is refused with \"no matches for kind\".",
    remediation = "Set kind to the type's exact name, starting with a capital letter, singular: "
        + "Deployment, ConfigMap, ClusterRoleBinding.")
public final class InvalidKind implements Rule {

  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

  /** Whether a kind is written as a type name; unknown-kind leaves the others to this rule. */
  static boolean isTypeName(String kind) {
    return TYPE_NAME.matcher(kind).matches();
  }

  @Override
  public void check(RuleContext ctx) {
    for (Resource r : ctx.manifests().resources()) {
      Optional<Node> value = r.node().get("kind");
      if (value.isEmpty() || value.get().asScalar().map(s -> s.isNull()).orElse(false)) {
        ctx.report(r, new io.github.kubecheck.model.Location(r.span(), ""), "kind is missing");
      } else if (value.get().asScalar().filter(s -> s.isString()).isEmpty()) {
        ctx.report(r, r.locate("kind"), "kind must be a string, not " + value.get().typeName());
      } else if (!TYPE_NAME.matcher(r.kind()).matches()) {
        String fixed = r.kind().isEmpty() ? "" : Character.toUpperCase(r.kind().charAt(0))
            + r.kind().substring(1);
        ctx.report(r, r.locate("kind"), "kind \"" + r.kind() + "\" is not a type name"
            + (TYPE_NAME.matcher(fixed).matches() ? " (did you mean " + fixed + "?)" : ""));
      }
    }
  }
}
