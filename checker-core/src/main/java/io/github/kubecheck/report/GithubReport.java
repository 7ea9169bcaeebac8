package io.github.kubecheck.report;

import io.github.kubecheck.CheckResult;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.yaml.Span;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice}
 * line per finding, which the runner turns into an annotation on the file and line, then the
 * summary as a plain log line. Values are escaped as the runner unescapes them.
 */
public final class GithubReport implements ReportFormat {

  @Override
  public String name() {
    return "github";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public String render(CheckResult result, ReportOptions options) {
    StringBuilder out = new StringBuilder();
    for (Finding f : result.findings()) {
      Span s = f.span();
      out.append("::").append(command(f)).append(" file=").append(property(s.file()))
          .append(",line=").append(s.line()).append(",col=").append(s.column());
      if (s.endLine() > s.line()) {
        out.append(",endLine=").append(s.endLine());
      } else if (s.endLine() == s.line() && s.endColumn() > s.column()) {
        // GitHub reads endColumn only on a one-line annotation.
        out.append(",endColumn=").append(s.endColumn());
      }
      out.append(",title=").append(property(f.rule()))
          .append("::").append(data(f.message() + "\nfix: " + f.remediation())).append('\n');
    }
    out.append(TextReport.summary(result)).append('\n');
    return out.toString();
  }

  private static String command(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** The message after {@code ::}: percent signs and line breaks are escaped. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: also its separators, colon and comma. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
