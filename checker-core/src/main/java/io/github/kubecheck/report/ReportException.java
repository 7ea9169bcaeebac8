package io.github.kubecheck.report;

/** Reports cannot be written as asked (unknown format, two to one place, unwritable file). */
public final class ReportException extends Exception {

  private static final long serialVersionUID = 1L;

  public ReportException(String message) {
    super(message);
  }
}
