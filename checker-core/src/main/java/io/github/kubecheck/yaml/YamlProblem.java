package io.github.kubecheck.yaml;

/** Something wrong with a file at the YAML level, found while reading it. */
public record YamlProblem(Kind kind, Span span, String message) {

  /** What went wrong; each kind is reported by one rule. */
  public enum Kind {
    /** Not valid YAML or JSON, unreadable encoding, binary content, or over a limit. */
    SYNTAX,
    /** The same key twice in one mapping. */
    DUPLICATE_KEY,
    /** A document that is not a mapping, so cannot be a Kubernetes object. */
    NOT_AN_OBJECT
  }
}
