package io.github.kubecheck.cli;

/** The contract's exit codes. */
public final class ExitCodes {

  /** Ran, and nothing at or above --fail-on. */
  public static final int OK = 0;
  /** Ran, and found something at or above --fail-on (for can-i: the answer is no). */
  public static final int FINDINGS = 1;
  /** Could not run as asked. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
