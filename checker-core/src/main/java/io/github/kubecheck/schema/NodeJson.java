package io.github.kubecheck.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import io.github.kubecheck.yaml.SequenceNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/** kubecheck's nodes as the JSON Kubernetes would receive, typed as Kubernetes types them. */
public final class NodeJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  private NodeJson() {}

  public static JsonNode of(Node node) {
    if (node instanceof MappingNode m) {
      ObjectNode o = JSON.objectNode();
      for (MappingNode.Entry e : m.entries()) {
        // A null field reaches the API server as an absent one.
        if (!(e.value() instanceof ScalarNode s && s.isNull())) {
          o.set(e.name(), of(e.value()));
        }
      }
      return o;
    }
    if (node instanceof SequenceNode s) {
      ArrayNode a = JSON.arrayNode(s.size());
      s.items().forEach(i -> a.add(of(i)));
      return a;
    }
    return scalar((ScalarNode) node);
  }

  private static JsonNode scalar(ScalarNode s) {
    return switch (s.type()) {
      case NULL -> JSON.nullNode();
      case BOOL -> JSON.booleanNode(s.asBoolean().orElse(false));
      case INT -> s.asLong().<JsonNode>map(JSON::numberNode).orElseGet(() -> bigInteger(s.text()));
      case FLOAT -> decimal(s.text());
      case STRING -> JSON.textNode(s.text());
    };
  }

  private static JsonNode bigInteger(String text) {
    try {
      return JSON.numberNode(new BigInteger(text.replace("_", "")));
    } catch (NumberFormatException e) {
      return JSON.textNode(text);
    }
  }

  private static JsonNode decimal(String text) {
    try {
      return JSON.numberNode(new BigDecimal(text.replace("_", "")));
    } catch (NumberFormatException e) {
      // .inf and .nan: JSON has no such numbers, so the API server cannot receive them either.
      return JSON.numberNode(Double.NaN);
    }
  }
}
