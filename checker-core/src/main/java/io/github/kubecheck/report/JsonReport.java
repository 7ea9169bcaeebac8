package io.github.kubecheck.report;

import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Version;
import io.github.kubecheck.model.ObjectId;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON report of the contract. */
public final class JsonReport implements ReportFormat {

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String render(CheckResult result, ReportOptions options) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tool", Map.of("name", "kubecheck", "version", Version.get()).entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
    root.put("kubeVersion", result.kubeVersion());
    root.put("files", result.files());
    root.put("objects", result.objects());
    List<Object> findings = new ArrayList<>();
    for (Finding f : result.findings()) {
      findings.add(finding(f));
    }
    root.put("findings", findings);
    Map<String, Object> summary = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      summary.put(s.id(), result.count(s));
    }
    summary.put("suppressed", result.suppressed());
    if (result.baselined() > 0) {
      summary.put("baselined", result.baselined());
    }
    root.put("summary", summary);
    return Json.write(root);
  }

  static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", f.rule());
    m.put("category", f.category().id());
    m.put("severity", f.severity().id());
    m.put("message", f.message());
    m.put("file", f.span().file());
    m.put("line", f.span().line());
    m.put("column", f.span().column());
    f.object().ifPresent(o -> m.put("object", object(o)));
    f.path().ifPresent(p -> m.put("path", p));
    m.put("remediation", f.remediation());
    return m;
  }

  private static Map<String, Object> object(ObjectId o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("apiVersion", o.apiVersion());
    m.put("kind", o.kind());
    if (!o.namespace().isEmpty()) {
      m.put("namespace", o.namespace());
    }
    m.put("name", o.name());
    return m;
  }
}
