package io.github.kubecheck.source;

/**
 * One input: the path as the user gave it (relative stays relative, {@code -} for standard input)
 * and its bytes.
 */
public record SourceFile(String path, byte[] content) {

  public static final String STDIN = "-";

  public int size() {
    return content.length;
  }
}
