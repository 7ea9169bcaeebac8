package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.SequenceNode;
import java.util.Optional;

/** Secrets handed to containers as environment variables. */
@RuleInfo(id = "secret-in-env", category = Category.SECURITY, severity = Severity.WARNING,
    summary = "A container reads a Secret into environment variables (env.valueFrom."
        + "secretKeyRef or envFrom.secretRef) instead of mounting it as files.",
    rationale = "Environment variables leak more easily than files: they are inherited by every "
        + "child process, readable in /proc/PID/environ by processes of the same user, often "
        + "printed in crash reports, debug pages and logs, and they cannot change while the "
        + "container runs. A Secret mounted as a volume can be read-only, limited to the "
        + "process that needs it, and is updated in place when the Secret changes. Every "
        + "container kind counts, ephemeral containers included.",
    remediation = "Mount the Secret as a volume (secret: {secretName: ...}, readOnly: true) and "
        + "have the program read the file, e.g. through a *_FILE variable that holds its path.")
public final class SecretInEnv implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      for (Container c : t.containers()) {
        each(c, "env", (i, e) -> e.mapping("valueFrom").flatMap(v -> v.mapping("secretKeyRef"))
            .ifPresent(ref -> ctx.report(t.owner(),
                c.locate("env[" + i + "].valueFrom.secretKeyRef"), c.describe() + " reads key \""
                + ref.text("key").orElse("") + "\" of Secret \"" + ref.text("name").orElse("")
                + "\" into environment variable \"" + e.text("name").orElse("") + "\"; mount "
                + "the Secret as a file instead")));
        each(c, "envFrom", (i, e) -> e.mapping("secretRef").ifPresent(ref -> ctx.report(
            t.owner(), c.locate("envFrom[" + i + "].secretRef"), c.describe() + " reads every "
            + "key of Secret \"" + ref.text("name").orElse("") + "\" into environment "
            + "variables; mount the Secret as files instead")));
      }
    }
  }

  /** Calls {@code action} with the index and mapping of each item of the container's list. */
  static void each(Container c, String list,
      java.util.function.BiConsumer<Integer, MappingNode> action) {
    Optional<SequenceNode> items = c.node().sequence(list);
    for (int i = 0; items.isPresent() && i < items.get().size(); i++) {
      int index = i;
      items.get().get(i).flatMap(Node::asMapping).ifPresent(m -> action.accept(index, m));
    }
  }
}
