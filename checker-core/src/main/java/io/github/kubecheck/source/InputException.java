package io.github.kubecheck.source;

/** A PATH argument that cannot be used at all (missing, unreadable): the run cannot go on. */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }
}
