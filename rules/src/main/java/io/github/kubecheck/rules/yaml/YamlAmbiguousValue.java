package io.github.kubecheck.rules.yaml;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.rules.schema.SchemaOverlap;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.NodePath;
import io.github.kubecheck.yaml.ScalarNode;
import io.github.kubecheck.yaml.ScalarType;
import io.github.kubecheck.yaml.SequenceNode;
import java.util.Set;

/**
 * Plain scalars that Kubernetes' YAML 1.1 reader types differently from YAML 1.2 tools and from
 * what the author probably meant.
 */
@RuleInfo(id = "yaml-ambiguous-value", category = Category.YAML, severity = Severity.WARNING,
    summary = "An unquoted value such as yes, no, on, off, y or n, or an octal-looking number in a "
        + "string field, which Kubernetes reads differently from what it looks like.",
    rationale = "Kubernetes reads YAML with YAML 1.1 rules: unquoted yes/no/on/off/y/n are "
        + "booleans and 0755 is the octal number 493, while editors, yq and many CI tools use "
        + "YAML 1.2 and see strings or decimals. In a string field (a label, an environment "
        + "variable, ConfigMap data) the API server then rejects the value or stores another one. "
        + "Where the field does not take that type, invalid-type reports the value once (naming "
        + "the YAML 1.1 reading) while that rule runs.",
    remediation = "Quote the value (\"yes\", \"0755\") when you mean a string; write true or "
        + "false when you mean a boolean.")
public final class YamlAmbiguousValue implements Rule {

  /** Keys whose values (or items) are always strings. */
  private static final Set<String> STRING_VALUED = Set.of("labels", "annotations", "data",
      "stringData", "nodeSelector", "matchLabels", "selector");
  private static final Set<String> STRING_ITEMS = Set.of("command", "args", "values");

  @Override
  public void check(RuleContext ctx) {
    for (Resource r : ctx.manifests().resources()) {
      walk(ctx, r, r.node(), "", false);
    }
  }

  private void walk(RuleContext ctx, Resource r, Node node, String path, boolean stringField) {
    if (node instanceof MappingNode m) {
      boolean stringValues = isStringMap(r, path);
      for (MappingNode.Entry e : m.entries()) {
        ScalarNode key = e.key();
        String childPath = NodePath.child(path, key.text());
        if (key.plain() && ScalarType.resolvePlain(key.text()) == ScalarType.BOOL
            && ScalarType.isYaml11Only(key.text())) {
          ctx.report(r, new Location(key.span(), childPath),
              "key " + key.text() + " is read by Kubernetes as the boolean "
                  + booleanWord(key.text()) + "; quote it (\"" + key.text() + "\")");
        }
        boolean stringChild = stringValues || (e.name().equals("value") && path.contains(".env["));
        walk(ctx, r, e.value(), childPath, stringChild);
      }
    } else if (node instanceof SequenceNode s) {
      boolean items = STRING_ITEMS.contains(lastKey(path));
      for (int i = 0; i < s.size(); i++) {
        walk(ctx, r, s.items().get(i), NodePath.index(path, i), items);
      }
    } else if (node instanceof ScalarNode s && s.plain()) {
      scalar(ctx, r, s, path, stringField);
    }
  }

  private static void scalar(RuleContext ctx, Resource r, ScalarNode s, String path,
      boolean stringField) {
    Location at = new Location(s.span(), path);
    if ((s.type() == ScalarType.BOOL || s.type() == ScalarType.INT)
        && SchemaOverlap.invalidType(ctx, r, s.span())) {
      return;
    }
    if (s.type() == ScalarType.BOOL && ScalarType.isYaml11Only(s.text())) {
      ctx.report(r, at, "unquoted " + s.text() + " is read by Kubernetes as the boolean "
          + booleanWord(s.text()) + (stringField ? ", but this field takes a string" : "")
          + "; quote it (\"" + s.text() + "\") for a string or write " + booleanWord(s.text()));
    } else if (stringField && ScalarType.isOctal(s.text()) && s.type() == ScalarType.INT) {
      ctx.report(r, at, "unquoted " + s.text() + " is read by Kubernetes as the octal number "
          + s.asLong().orElse(0L) + ", but this field takes a string; quote it (\"" + s.text()
          + "\")");
    }
  }

  private static boolean isStringMap(Resource r, String path) {
    String key = lastKey(path);
    if (key.equals("data") || key.equals("stringData")) {
      return path.equals(key) && (r.is("", "ConfigMap") || r.is("", "Secret"));
    }
    if (key.equals("selector")) {
      return r.is("", "Service") || r.is("", "ReplicationController");
    }
    return STRING_VALUED.contains(key);
  }

  private static String lastKey(String path) {
    String p = path;
    if (p.endsWith("]")) {
      int open = p.lastIndexOf('[');
      if (open >= 0 && p.substring(open + 1, p.length() - 1).chars().allMatch(Character::isDigit)
          && open + 1 < p.length() - 1) {
        p = p.substring(0, open);
      }
    }
    int dot = p.lastIndexOf('.');
    return dot < 0 ? p : p.substring(dot + 1);
  }

  private static String booleanWord(String text) {
    return Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON").contains(text)
        ? "true" : "false";
  }
}
