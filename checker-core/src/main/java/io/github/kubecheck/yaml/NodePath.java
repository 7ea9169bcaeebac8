package io.github.kubecheck.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path into a document in the form kubecheck prints: {@code spec.containers[0].image}. Keys that
 * contain dots or brackets are written {@code ["kubecheck.io/ignore"]}.
 */
public record NodePath(List<Object> steps) {

  public NodePath {
    steps = List.copyOf(steps);
  }

  public static NodePath parse(String path) {
    List<Object> steps = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int close;
        if (i + 1 < n && path.charAt(i + 1) == '"') {
          close = path.indexOf("\"]", i + 2);
          if (close < 0) {
            throw new IllegalArgumentException("unterminated key in path: " + path);
          }
          steps.add(path.substring(i + 2, close));
          i = close + 2;
        } else {
          close = path.indexOf(']', i);
          if (close < 0) {
            throw new IllegalArgumentException("unterminated index in path: " + path);
          }
          steps.add(Integer.parseInt(path.substring(i + 1, close)));
          i = close + 1;
        }
      } else {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        steps.add(path.substring(i, end));
        i = end;
      }
    }
    return new NodePath(steps);
  }

  /** Appends a key to a path string, quoting it when it holds dots or brackets. */
  public static String child(String path, String key) {
    boolean needsQuotes = key.isEmpty() || key.indexOf('.') >= 0 || key.indexOf('[') >= 0
        || key.indexOf(']') >= 0;
    String step = needsQuotes ? "[\"" + key + "\"]" : key;
    if (path.isEmpty()) {
      return step;
    }
    return needsQuotes ? path + step : path + "." + step;
  }

  /** Appends an index to a path string. */
  public static String index(String path, int index) {
    return path + "[" + index + "]";
  }

  public Optional<Node> resolve(Node root) {
    Node current = root;
    for (Object step : steps) {
      Optional<Node> next = step(current, step);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(current);
  }

  /**
   * The span that best shows this path: the key of the last step that exists (or the item, for an
   * index), so a missing field points at the mapping that lacks it.
   */
  public Span locate(Node root) {
    Node current = root;
    Span best = root.span();
    for (Object step : steps) {
      if (step instanceof String key && current instanceof MappingNode m && m.has(key)) {
        MappingNode.Entry e = m.entry(key).orElseThrow();
        best = e.key().span();
        current = e.value();
      } else if (step instanceof Integer idx && current instanceof SequenceNode s
          && s.get(idx).isPresent()) {
        current = s.get(idx).get();
        best = current.span();
      } else {
        break;
      }
    }
    return best;
  }

  private static Optional<Node> step(Node node, Object step) {
    if (step instanceof String key && node instanceof MappingNode m) {
      return m.get(key);
    }
    if (step instanceof Integer idx && node instanceof SequenceNode s) {
      return s.get(idx);
    }
    return Optional.empty();
  }
}
