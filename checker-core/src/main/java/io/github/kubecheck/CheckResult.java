package io.github.kubecheck;

import io.github.kubecheck.model.ObjectId;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.Severity;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a lint run: counts, the findings in report order, the text of each file so
 * reports can quote source lines, and the objects of each file so reports that list what passed
 * (JUnit) can name them.
 *
 * @param inventory the objects read, by file, in file order; files sorted by path
 * @param baselined findings left out because a baseline already records them
 */
public record CheckResult(String kubeVersion, int files, int objects, List<Finding> findings,
    int suppressed, Map<String, String> sources, Map<String, List<ObjectId>> inventory,
    int baselined) {

  public CheckResult {
    findings = List.copyOf(findings);
    sources = Map.copyOf(sources);
    TreeMap<String, List<ObjectId>> sorted = new TreeMap<>();
    inventory.forEach((file, ids) -> sorted.put(file, List.copyOf(ids)));
    inventory = Collections.unmodifiableMap(sorted);
  }

  public CheckResult(String kubeVersion, int files, int objects, List<Finding> findings,
      int suppressed, Map<String, String> sources) {
    this(kubeVersion, files, objects, findings, suppressed, sources, Map.of(), 0);
  }

  /** The same run with only {@code kept} reported and {@code count} more findings baselined. */
  public CheckResult withBaselined(List<Finding> kept, int count) {
    return new CheckResult(kubeVersion, files, objects, kept, suppressed, sources, inventory,
        baselined + count);
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
