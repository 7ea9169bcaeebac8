package io.github.kubecheck.baseline;

import io.github.kubecheck.CheckResult;
import io.github.kubecheck.report.Json;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.source.InputException;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ParsedFile;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted for now, so a large repository can adopt kubecheck without
 * fixing everything first. Findings are matched by {@link FindingKey} (rule, object, path; never
 * the line), and counted: a baseline holding a key twice absorbs two such findings, a third is
 * new. The file is JSON, sorted, one entry per finding, so it reviews well in a diff.
 */
public final class Baseline {

  /** The version of the file format, written as {@code kubecheckBaseline}. */
  static final int FORMAT = 1;

  private final List<FindingKey> keys;

  private Baseline(List<FindingKey> keys) {
    this.keys = keys.stream().sorted(FindingKey.ORDER).toList();
  }

  /** A baseline that records every finding of the result. */
  public static Baseline of(CheckResult result) {
    return new Baseline(result.findings().stream().map(FindingKey::of).toList());
  }

  public List<FindingKey> keys() {
    return keys;
  }

  /** The result with the findings this baseline records left out and counted as baselined. */
  public CheckResult apply(CheckResult result) {
    Map<FindingKey, Integer> left = new HashMap<>();
    keys.forEach(k -> left.merge(k, 1, Integer::sum));
    List<Finding> kept = new ArrayList<>();
    int absorbed = 0;
    for (Finding f : result.findings()) {
      FindingKey k = FindingKey.of(f);
      int n = left.getOrDefault(k, 0);
      if (n > 0) {
        left.put(k, n - 1);
        absorbed++;
      } else {
        kept.add(f);
      }
    }
    return result.withBaselined(kept, absorbed);
  }

  public String toJson() {
    List<Object> entries = new ArrayList<>();
    for (FindingKey k : keys) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("rule", k.rule());
      if (k.hasObject()) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (!k.group().isEmpty()) {
          o.put("group", k.group());
        }
        o.put("kind", k.kind());
        if (!k.namespace().isEmpty()) {
          o.put("namespace", k.namespace());
        }
        o.put("name", k.name());
        e.put("object", o);
      } else {
        e.put("file", k.file());
        e.put("message", k.message());
      }
      if (!k.path().isEmpty()) {
        e.put("path", k.path());
      }
      entries.add(e);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("kubecheckBaseline", FORMAT);
    root.put("findings", entries);
    return Json.write(root);
  }

  /** Writes the baseline; a file that cannot be written is a usage problem of the run. */
  public void write(Path file, String shownAs) throws InputException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(shownAs + ": cannot write the baseline: " + e.getMessage());
    }
  }

  public static Baseline read(Path file, String shownAs) throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(shownAs + ": cannot read the baseline: " + e.getMessage());
    }
    return parse(shownAs, bytes);
  }

  public static Baseline parse(String shownAs, byte[] bytes) throws InputException {
    ParsedFile parsed = new YamlReader(YamlLimits.DEFAULT).read(shownAs, bytes);
    if (!parsed.problems().isEmpty()) {
      var p = parsed.problems().get(0);
      throw new InputException(p.span() + ": not a kubecheck baseline: " + p.message());
    }
    MappingNode root = parsed.documents().isEmpty() ? null
        : parsed.documents().get(0).root().asMapping().orElse(null);
    if (root == null || root.text("kubecheckBaseline").isEmpty()) {
      throw new InputException(shownAs + ": not a kubecheck baseline (no kubecheckBaseline key); "
          + "write one with --write-baseline");
    }
    String format = root.text("kubecheckBaseline").get();
    if (!format.equals(Integer.toString(FORMAT))) {
      throw new InputException(shownAs + ": baseline format " + format
          + " is not known to this kubecheck, which reads format " + FORMAT);
    }
    List<FindingKey> keys = new ArrayList<>();
    var findings = root.sequence("findings");
    if (findings.isEmpty() && root.has("findings")) {
      throw bad(root.get("findings").get(), "findings must be a list");
    }
    for (Node item : findings.map(s -> s.items()).orElse(List.of())) {
      MappingNode e = item.asMapping().orElseThrow(() -> bad(item, "an entry must be a mapping"));
      String rule = e.text("rule").orElseThrow(() -> bad(e, "an entry needs a rule"));
      MappingNode o = e.mapping("object").orElse(MappingNode.empty(e.span()));
      keys.add(new FindingKey(rule, o.text("group").orElse(""), o.text("kind").orElse(""),
          o.text("namespace").orElse(""), o.text("name").orElse(""), e.text("path").orElse(""),
          e.text("file").orElse(""), e.text("message").orElse("")));
    }
    return new Baseline(keys);
  }

  private static InputException bad(Node at, String message) {
    return new InputException(at.span() + ": not a kubecheck baseline: " + message);
  }
}
