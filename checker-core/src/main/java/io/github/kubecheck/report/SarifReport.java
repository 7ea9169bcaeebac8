package io.github.kubecheck.report;

import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Version;
import io.github.kubecheck.baseline.FindingKey;
import io.github.kubecheck.model.ObjectId;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.RuleMetadata;
import io.github.kubecheck.rule.RuleRegistry;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning and other viewers read it: one run whose driver lists every
 * rule with its help, results with precise regions on artifact URIs relative to
 * {@code %SRCROOT%} (the working folder), and fingerprints made from rule, object and path so an
 * alert keeps its identity while lines move.
 */
public final class SarifReport implements ReportFormat {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  /** The fingerprint's name carries its version, so a change of recipe starts new alerts. */
  static final String FINGERPRINT = "kubecheck/findingKey/v1";

  @Override
  public String name() {
    return "sarif";
  }

  @Override
  public String extension() {
    return "sarif";
  }

  @Override
  public String render(CheckResult result, ReportOptions options) {
    List<RuleRegistry.Entry> rules = options.rules().all();
    Map<String, Integer> index = new HashMap<>();
    List<Object> descriptors = new ArrayList<>();
    for (RuleRegistry.Entry e : rules) {
      index.put(e.metadata().id(), descriptors.size());
      descriptors.add(descriptor(e.metadata()));
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "kubecheck");
    driver.put("version", Version.get());
    driver.put("semanticVersion", Version.get());
    driver.put("informationUri", RuleLinks.HOME);
    driver.put("rules", descriptors);
    List<Object> results = new ArrayList<>();
    for (Finding f : result.findings()) {
      results.add(result(f, index));
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", results);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    root.put("runs", List.of(run));
    return Json.write(root);
  }

  private static Map<String, Object> descriptor(RuleMetadata m) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", m.id());
    d.put("name", pascalCase(m.id()));
    d.put("shortDescription", text(m.summary()));
    d.put("fullDescription", text(m.rationale()));
    Map<String, Object> help = new LinkedHashMap<>();
    help.put("text", m.summary() + "\n\nWhy: " + m.rationale() + "\n\nWhat to do: "
        + m.remediation());
    help.put("markdown", "**" + m.summary() + "**\n\n" + m.rationale() + "\n\n**What to do:** "
        + m.remediation() + "\n\n[The rule's page](" + RuleLinks.page(m.id()) + ")");
    d.put("help", help);
    d.put("helpUri", RuleLinks.page(m.id()));
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("enabled", m.enabledByDefault());
    config.put("level", level(m.severity()));
    d.put("defaultConfiguration", config);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("category", m.category().id());
    props.put("tags", List.of("kubernetes", m.category().id()));
    d.put("properties", props);
    return d;
  }

  private static Map<String, Object> result(Finding f, Map<String, Integer> index) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("ruleId", f.rule());
    Integer i = index.get(f.rule());
    if (i != null) {
      r.put("ruleIndex", i);
    }
    r.put("level", level(f.severity()));
    r.put("message", text(f.message()));
    Map<String, Object> location = new LinkedHashMap<>();
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact(f.span().file()));
    physical.put("region", region(f.span()));
    location.put("physicalLocation", physical);
    f.object().ifPresent(o -> location.put("logicalLocations", List.of(logical(o))));
    r.put("locations", List.of(location));
    r.put("partialFingerprints", Map.of(FINGERPRINT, FindingKey.of(f).fingerprint()));
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("category", f.category().id());
    f.path().ifPresent(p -> props.put("path", p));
    props.put("remediation", f.remediation());
    r.put("properties", props);
    return r;
  }

  /** A relative path stays relative to the working folder; an absolute one becomes a file URI. */
  static Map<String, Object> artifact(String file) {
    Map<String, Object> a = new LinkedHashMap<>();
    String path = file.replace('\\', '/');
    if (Path.of(file).isAbsolute()) {
      a.put("uri", Path.of(file).toUri().toString());
      return a;
    }
    try {
      a.put("uri", new URI(null, null, path, null).getRawPath());
    } catch (URISyntaxException e) {
      a.put("uri", path);
    }
    a.put("uriBaseId", SRCROOT);
    return a;
  }

  /** SARIF's end column is the one after the last character, as a span's; empty when unknown. */
  private static Map<String, Object> region(Span s) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("startLine", s.line());
    r.put("startColumn", s.column());
    boolean hasEnd = s.endLine() > s.line()
        || (s.endLine() == s.line() && s.endColumn() > s.column());
    if (hasEnd) {
      r.put("endLine", s.endLine());
      r.put("endColumn", s.endColumn());
    }
    return r;
  }

  private static Map<String, Object> logical(ObjectId o) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("name", o.name());
    l.put("fullyQualifiedName", o.toString());
    l.put("kind", "resource");
    return l;
  }

  private static Map<String, Object> text(String s) {
    return Map.of("text", s);
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  static String pascalCase(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
