package io.github.kubecheck.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.values.NullValue;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.NodePath;
import io.github.kubecheck.yaml.ScalarNode;
import io.github.kubecheck.yaml.SequenceNode;
import io.github.kubecheck.yaml.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the {@code x-kubernetes-validations} rules of a CRD schema on a custom resource: each
 * rule on every value its schema node describes, with {@code self} bound to that value. A rule
 * that gives false is an invalid value, with the rule's message; one that cannot be evaluated is
 * reported as not checked. Values under a wrong type are left alone: invalid-type says it.
 */
final class CelValidation {

  private static final String KEY = "x-kubernetes-validations";

  private final JsonNode schema;
  private final String source;

  private CelValidation(JsonNode schema, String source) {
    this.schema = schema;
    this.source = source;
  }

  /** Only schemas that hold a rule need the walk. */
  static CelValidation of(KindSchema kind) {
    return kind.schema().findValue(KEY) == null ? null : new CelValidation(kind.schema(),
        kind.source());
  }

  List<SchemaError> validate(Resource r, List<SchemaError> found) {
    List<String> wrongTypes = found.stream()
        .filter(e -> e.kind() == SchemaError.Kind.INVALID_TYPE)
        .map(e -> e.location().path()).toList();
    List<SchemaError> out = new ArrayList<>();
    walk(schema, r.node(), "", r.whole().span(), wrongTypes, out);
    return out;
  }

  /** @param shown where a finding about the value points: a collection's key, else the value */
  private void walk(JsonNode s, Node value, String path, Span shown, List<String> wrongTypes,
      List<SchemaError> out) {
    if (value instanceof ScalarNode n && n.isNull() || under(path, wrongTypes)) {
      return;
    }
    for (JsonNode rule : s.path(KEY)) {
      String text = rule.path("rule").asText("");
      if (!text.isEmpty() && CelRules.appliesOnCreate(text)) {
        check(rule, text, value, new Location(shown, path), out);
      }
    }
    JsonNode properties = s.path("properties");
    JsonNode additional = s.path("additionalProperties");
    if (value instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        JsonNode child = properties.get(e.name());
        if (child == null && additional.isObject()) {
          child = additional;
        }
        if (child != null) {
          Span at = e.value() instanceof ScalarNode ? e.value().span() : e.key().span();
          walk(child, e.value(), NodePath.child(path, e.name()), at, wrongTypes, out);
        }
      }
    } else if (value instanceof SequenceNode seq && s.path("items").isObject()) {
      for (int i = 0; i < seq.size(); i++) {
        Node item = seq.items().get(i);
        walk(s.get("items"), item, NodePath.index(path, i), item.span(), wrongTypes, out);
      }
    }
  }

  private void check(JsonNode rule, String text, Node value, Location at,
      List<SchemaError> out) {
    String path = at.path();
    CelRules.Outcome outcome = CelRules.instance().evaluate(text, cel(value));
    if (outcome instanceof CelRules.Failed) {
      String message = rule.path("message").asText("");
      out.add(SchemaMessages.invalidValue(at, value, (message.isEmpty()
          ? "fails the rule " + text : message + " (rule " + text + ")") + " of " + source));
    } else if (outcome instanceof CelRules.Unchecked u) {
      out.add(new SchemaError(SchemaError.Kind.UNCHECKED_VALIDATION_RULE, at,
          "x-kubernetes-validations rule " + text + " of " + source + " was not checked at "
              + (path.isEmpty() ? "the object" : path) + ": " + u.why(),
          "Check the rule by hand or with a cluster (kubectl apply --dry-run=server)."));
    }
  }

  private static boolean under(String path, List<String> roots) {
    for (String r : roots) {
      if (path.equals(r) || path.startsWith(r + ".") || path.startsWith(r + "[")) {
        return true;
      }
    }
    return false;
  }

  /** The value as CEL sees JSON: maps, lists, int64, double, string, bool, null. */
  static Object cel(Node node) {
    if (node instanceof MappingNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (MappingNode.Entry e : m.entries()) {
        if (!(e.value() instanceof ScalarNode s && s.isNull())) {
          out.put(e.name(), cel(e.value()));
        }
      }
      return out;
    }
    if (node instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>();
      s.items().forEach(i -> out.add(cel(i)));
      return out;
    }
    ScalarNode s = (ScalarNode) node;
    return switch (s.type()) {
      case STRING -> s.text();
      case BOOL -> s.asBoolean().orElse(false);
      case INT -> s.asLong().<Object>map(l -> l).orElse(s.text());
      case FLOAT -> parseDouble(s.text());
      case NULL -> NullValue.NULL_VALUE;
    };
  }

  private static Object parseDouble(String text) {
    try {
      return Double.parseDouble(text.replace("_", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
