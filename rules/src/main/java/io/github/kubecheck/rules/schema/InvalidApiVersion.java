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

/** apiVersion missing, not a string, or not of the form [GROUP/]VERSION. */
@RuleInfo(id = "invalid-api-version", category = Category.SCHEMA, severity = Severity.ERROR,
    summary = "An object's apiVersion is missing or is not of the form GROUP/VERSION (or VERSION "
        + "for the core group).",
    rationale = "Without a well-formed apiVersion the API server cannot tell which API the "
        + "object belongs to and refuses it.",
    remediation = "Set apiVersion to the group and version of the kind, e.g. apps/v1 for a "
        + "Deployment or v1 for a Service.")
public final class InvalidApiVersion implements Rule {

  private static final Pattern GROUP_VERSION = Pattern.compile(
      "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?v[0-9]+((alpha|beta)[0-9]*)?");
  private static final Pattern LOOSE = Pattern.compile("([^/]+/)?[a-z0-9]+");

  @Override
  public void check(RuleContext ctx) {
    for (Resource r : ctx.manifests().resources()) {
      Optional<Node> value = r.node().get("apiVersion");
      if (value.isEmpty() || value.get().asScalar().map(s -> s.isNull()).orElse(false)) {
        ctx.report(r, r.whole(), "apiVersion is missing");
      } else if (value.get().asScalar().filter(s -> s.isString()).isEmpty()) {
        ctx.report(r, r.locate("apiVersion"), "apiVersion must be a string, not "
            + value.get().typeName());
      } else if (!GROUP_VERSION.matcher(r.apiVersion()).matches()
          && !LOOSE.matcher(r.apiVersion()).matches()) {
        ctx.report(r, r.locate("apiVersion"), "apiVersion \"" + r.apiVersion()
            + "\" is not of the form GROUP/VERSION or VERSION");
      }
    }
  }
}
