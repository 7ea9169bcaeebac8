package io.github.kubecheck.cli;

/** The command was asked something it cannot do: exit code 2 with a one-line reason. */
public final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
