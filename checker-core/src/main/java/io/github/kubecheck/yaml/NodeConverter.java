package io.github.kubecheck.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns SnakeYAML's composed nodes into kubecheck's immutable nodes with spans. Aliases are
 * expanded under a node budget; merge keys ({@code <<}) are applied; duplicate keys are reported.
 */
final class NodeConverter {

  /** Thrown when a document grows past {@link YamlLimits#maxNodes()} as aliases expand. */
  static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Span span;

    LimitExceeded(Span span, String message) {
      super(message);
      this.span = span;
    }

    Span span() {
      return span;
    }
  }

  private final String file;
  private final int lineOffset;
  private final YamlLimits limits;
  private final List<YamlProblem> problems;
  private int nodes;

  NodeConverter(String file, int lineOffset, YamlLimits limits, List<YamlProblem> problems) {
    this.file = file;
    this.lineOffset = lineOffset;
    this.limits = limits;
    this.problems = problems;
  }

  Node convert(org.yaml.snakeyaml.nodes.Node raw) {
    nodes = 0;
    return node(raw, 0);
  }

  private Node node(org.yaml.snakeyaml.nodes.Node raw, int depth) {
    if (++nodes > limits.maxNodes()) {
      throw new LimitExceeded(span(raw), "document expands to more than " + limits.maxNodes()
          + " nodes through its aliases (limits.maxNodes)");
    }
    if (depth > limits.maxDepth()) {
      throw new LimitExceeded(span(raw),
          "document is nested deeper than " + limits.maxDepth() + " levels (limits.maxDepth)");
    }
    if (raw instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
      return scalar(s);
    }
    if (raw instanceof org.yaml.snakeyaml.nodes.SequenceNode s) {
      List<Node> items = new ArrayList<>(s.getValue().size());
      for (org.yaml.snakeyaml.nodes.Node item : s.getValue()) {
        items.add(node(item, depth + 1));
      }
      return new SequenceNode(items, span(raw));
    }
    return mapping((org.yaml.snakeyaml.nodes.MappingNode) raw, depth);
  }

  private MappingNode mapping(org.yaml.snakeyaml.nodes.MappingNode raw, int depth) {
    List<MappingNode.Entry> entries = new ArrayList<>();
    List<MappingNode.Entry> merged = new ArrayList<>();
    Map<String, ScalarNode> seen = new HashMap<>();
    for (NodeTuple tuple : raw.getValue()) {
      org.yaml.snakeyaml.nodes.Node rawKey = tuple.getKeyNode();
      if (Tag.MERGE.equals(rawKey.getTag())) {
        merge(tuple.getValueNode(), depth, merged);
        continue;
      }
      ScalarNode key = key(rawKey);
      ScalarNode first = seen.putIfAbsent(key.text(), key);
      if (first != null) {
        problems.add(new YamlProblem(YamlProblem.Kind.DUPLICATE_KEY, key.span(),
            "duplicate key \"" + key.text() + "\" (first at line " + first.span().line()
                + "): the API server rejects it under strict field validation, otherwise "
                + "the last value silently wins"));
      }
      entries.add(new MappingNode.Entry(key, node(tuple.getValueNode(), depth + 1)));
    }
    for (MappingNode.Entry e : merged) {
      if (!seen.containsKey(e.name())) {
        seen.put(e.name(), e.key());
        entries.add(e);
      }
    }
    return new MappingNode(entries, span(raw));
  }

  private void merge(org.yaml.snakeyaml.nodes.Node value, int depth, List<MappingNode.Entry> out) {
    if (value instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
      for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
        merge(item, depth, out);
      }
    } else if (node(value, depth + 1) instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        if (out.stream().noneMatch(x -> x.name().equals(e.name()))) {
          out.add(e);
        }
      }
    }
  }

  /** Keys are read as strings whatever they look like; only JSON-style string keys exist. */
  private ScalarNode key(org.yaml.snakeyaml.nodes.Node raw) {
    if (raw instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
      return scalar(s);
    }
    ++nodes;
    return new ScalarNode(raw.getNodeId().name().toLowerCase(java.util.Locale.ROOT) + " key",
        ScalarType.STRING, false, span(raw));
  }

  private ScalarNode scalar(org.yaml.snakeyaml.nodes.ScalarNode s) {
    boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    String text = s.getValue();
    ScalarType type;
    if (plain) {
      type = ScalarType.resolvePlain(text);
    } else if (Tag.STR.equals(s.getTag())) {
      type = ScalarType.STRING;
    } else {
      type = ScalarType.resolvePlain(text);
    }
    return new ScalarNode(text, type, plain, span(s));
  }

  private Span span(org.yaml.snakeyaml.nodes.Node raw) {
    Mark start = raw.getStartMark();
    Mark end = raw.getEndMark();
    if (start == null) {
      return Span.at(file, lineOffset, 1);
    }
    int endLine = end == null ? start.getLine() : end.getLine();
    int endColumn = end == null ? start.getColumn() : end.getColumn();
    return new Span(file, lineOffset + start.getLine(), start.getColumn() + 1,
        lineOffset + endLine, endColumn + 1);
  }
}
