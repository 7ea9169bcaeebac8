package io.github.kubecheck.yaml;

/**
 * Where a piece of text sits in a source file: 1-based line and column of its first character,
 * and of the position just after its last one.
 */
public record Span(String file, int line, int column, int endLine, int endColumn)
    implements Comparable<Span> {

  public static Span at(String file, int line, int column) {
    return new Span(file, line, column, line, column);
  }

  /** The span of a whole file that could not be read: line 1, column 1. */
  public static Span wholeFile(String file) {
    return at(file, 1, 1);
  }

  @Override
  public int compareTo(Span other) {
    int c = file.compareTo(other.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, other.line);
    return c != 0 ? c : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
