package io.github.kubecheck.report;

import io.github.kubecheck.CheckResult;
import io.github.kubecheck.model.ObjectId;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleRegistry;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run made by hand for the golden files: findings with and without an end, with and without an
 * object, on a path with characters that need escaping, a clean file and an absolute path.
 */
final class SampleResult {

  private SampleResult() {}

  @RuleInfo(id = "image-tag", category = Category.RELIABILITY, severity = Severity.WARNING,
      summary = "A container image has no tag.", rationale = "The tag decides what runs.",
      remediation = "Pin the image to a tag or digest.")
  static final class ImageTag implements Rule {
    @Override
    public void check(RuleContext context) {}
  }

  @RuleInfo(id = "yaml-syntax", category = Category.YAML, severity = Severity.ERROR,
      summary = "A file is not valid YAML.", rationale = "Nothing in it can be applied.",
      remediation = "Fix the syntax at the marked place.")
  static final class YamlSyntax implements Rule {
    @Override
    public void check(RuleContext context) {}
  }

  @RuleInfo(id = "run-as-non-root", category = Category.SECURITY, severity = Severity.INFO,
      enabledByDefault = false, summary = "A container may run as root.",
      rationale = "Root in a container is root on a kernel shared with others.",
      remediation = "Set securityContext.runAsNonRoot: true.")
  static final class RunAsNonRoot implements Rule {
    @Override
    public void check(RuleContext context) {}
  }

  static RuleRegistry registry() {
    return new RuleRegistry(List.of(new ImageTag(), new YamlSyntax(), new RunAsNonRoot()));
  }

  static final ObjectId WEB = new ObjectId("apps/v1", "Deployment", "shop", "web");
  static final ObjectId ODD = new ObjectId("v1", "Pod", "", "odd");
  static final ObjectId SETTINGS = new ObjectId("v1", "ConfigMap", "shop", "settings");

  static final String WEB_YAML = "deploy/web.yaml";
  static final String ODD_YAML = "deploy/odd name,50%.yaml";

  static CheckResult result() {
    List<Finding> findings = List.of(
        new Finding("yaml-syntax", Category.YAML, Severity.ERROR,
            "mapping values are not allowed here", Span.at("broken.yaml", 2, 7),
            Optional.empty(), Optional.empty(), "Fix the syntax at the marked place."),
        new Finding("image-tag", Category.RELIABILITY, Severity.WARNING,
            "container \"app\" of Deployment shop/web uses nginx without a tag",
            new Span(WEB_YAML, 19, 16, 19, 21), Optional.of(WEB),
            Optional.of("spec.template.spec.containers[0].image"),
            "Pin the image to a tag or digest."),
        new Finding("run-as-non-root", Category.SECURITY, Severity.INFO,
            "container \"app\" of Deployment shop/web may run as root",
            Span.at(WEB_YAML, 17, 9), Optional.of(WEB),
            Optional.of("spec.template.spec.containers[0]"),
            "Set securityContext.runAsNonRoot: true."),
        new Finding("image-tag", Category.RELIABILITY, Severity.WARNING,
            "odd: 100% <untagged> & \"quoted\",\nsecond line", new Span(ODD_YAML, 8, 14, 9, 3),
            Optional.of(ODD), Optional.of("spec.containers[0].image"),
            "Pin the image to a tag or digest."),
        new Finding("image-tag", Category.RELIABILITY, Severity.WARNING,
            "container \"x\" of Pod p uses busybox without a tag",
            new Span("/abs/p.yaml", 7, 14, 7, 21),
            Optional.of(new ObjectId("v1", "Pod", "default", "p")),
            Optional.of("spec.containers[0].image"), "Pin the image to a tag or digest."));
    Map<String, List<ObjectId>> inventory = Map.of(
        "broken.yaml", List.of(),
        WEB_YAML, List.of(WEB),
        ODD_YAML, List.of(ODD),
        "ok.yaml", List.of(SETTINGS),
        "/abs/p.yaml", List.of(new ObjectId("v1", "Pod", "default", "p")));
    Map<String, String> sources = Map.of("broken.yaml", "a: b\nc: d: e\n", WEB_YAML, "",
        ODD_YAML, "", "ok.yaml", "", "/abs/p.yaml", "");
    return new CheckResult("1.31", 5, 4, findings.stream().sorted(Finding.ORDER).toList(), 1,
        sources, inventory, 0);
  }
}
