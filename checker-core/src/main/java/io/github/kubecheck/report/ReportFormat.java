package io.github.kubecheck.report;

import io.github.kubecheck.CheckResult;

/** One output format of {@code lint}: a pure function from the result to text. */
public interface ReportFormat {

  /** The name given to {@code -f}. */
  String name();

  String render(CheckResult result, ReportOptions options);

  /** The file name extension of a report written to a folder ({@code kubecheck.EXT}). */
  default String extension() {
    return name();
  }
}
