package io.github.kubecheck.rules.yaml;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.source.SourceProblem;
import io.github.kubecheck.yaml.ParsedFile;
import io.github.kubecheck.yaml.Span;
import io.github.kubecheck.yaml.YamlProblem;

/** Files that cannot be read as YAML or JSON, whatever the reason. */
@RuleInfo(id = "yaml-syntax", category = Category.YAML, severity = Severity.ERROR,
    summary = "The file cannot be read as YAML or JSON: a syntax error, tabs used for "
        + "indentation, an encoding other than UTF-8, binary content, or an input limit exceeded.",
    rationale = "kubectl and the API server refuse a manifest they cannot parse, so nothing in "
        + "the document is applied. Documents before and after the broken one are still checked.",
    remediation = "Fix the YAML at the position shown (indent with spaces, close brackets and "
        + "quotes, save as UTF-8), or raise the limit in .kubecheck.yaml if the file is "
        + "legitimately large.")
public final class YamlSyntax implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (ParsedFile file : ctx.manifests().files()) {
      for (YamlProblem p : file.problems()) {
        if (p.kind() == YamlProblem.Kind.SYNTAX) {
          ctx.at(p.span()).report(p.message());
        }
      }
    }
    for (SourceProblem p : ctx.manifests().skipped()) {
      ctx.at(Span.wholeFile(p.path())).report(p.message());
    }
  }
}
