package io.github.kubecheck;

import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.Severity;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a lint run: counts, the findings in report order, and the text of each file so
 * reports can quote source lines.
 */
public record CheckResult(String kubeVersion, int files, int objects, List<Finding> findings,
    int suppressed, Map<String, String> sources) {

  public CheckResult {
    findings = List.copyOf(findings);
    sources = Map.copyOf(sources);
  }

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  public boolean fails(FailOn failOn) {
    return findings.stream().anyMatch(f -> failOn.failsOn(f.severity()));
  }

  /** One line of a source file (1-based), or empty. */
  public String sourceLine(String file, int line) {
    String text = sources.get(file);
    if (text == null || line < 1) {
      return "";
    }
    int start = 0;
    for (int i = 1; i < line; i++) {
      start = text.indexOf('\n', start);
      if (start < 0) {
        return "";
      }
      start++;
    }
    int end = text.indexOf('\n', start);
    String s = end < 0 ? text.substring(start) : text.substring(start, end);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
