package io.github.kubecheck.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A rule's documentation page in Markdown, made from its metadata and example manifests. The
 * pages under docs/rules/ are generated with it and bundled in the rules jar.
 */
public final class RulePage {

  /** Where the rules jar carries the generated pages. */
  public static final String BUNDLE = "/io/github/kubecheck/rules/docs/";

  /** An example manifest for the page: a title and its YAML. */
  public record Example(String title, String yaml) {}

  private RulePage() {}

  public static String render(RuleMetadata m, List<Example> examples) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(m.id()).append("\n\n");
    out.append(m.summary()).append("\n\n");
    out.append("| category | default severity | enabled by default | since |\n");
    out.append("|---|---|---|---|\n");
    out.append("| ").append(m.category().id()).append(" | ").append(m.severity().id())
        .append(" | ").append(m.enabledByDefault() ? "yes" : "no").append(" | ")
        .append(m.since()).append(" |\n\n");
    out.append("## Why\n\n").append(m.rationale()).append("\n\n");
    out.append("## What to do\n\n").append(m.remediation()).append("\n\n");
    if (!m.params().isEmpty()) {
      out.append("## Settings\n\nSet in `.kubecheck.yaml` under `rules.").append(m.id())
          .append("`.\n\n| name | default | meaning |\n|---|---|---|\n");
      for (RuleMetadata.Param p : m.params()) {
        out.append("| `").append(p.name()).append("` | `").append(p.defaultValue())
            .append("` | ").append(p.description()).append(" |\n");
      }
      out.append('\n');
    }
    for (Example e : examples) {
      out.append("## ").append(e.title()).append("\n\n```yaml\n").append(e.yaml().strip())
          .append("\n```\n\n");
    }
    out.append("Turn it off in `.kubecheck.yaml` with `rules: {").append(m.id())
        .append(": off}`, or for one object with the annotation `kubecheck.io/ignore: \"")
        .append(m.id()).append("\"`.\n");
    return out.toString();
  }

  /** The generated page carried in the rules jar, if any. */
  public static Optional<String> bundled(String id) {
    try (InputStream in = RulePage.class.getResourceAsStream(BUNDLE + id + ".md")) {
      return in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
