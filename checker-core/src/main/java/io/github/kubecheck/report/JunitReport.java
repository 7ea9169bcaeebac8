package io.github.kubecheck.report;

import io.github.kubecheck.CheckResult;
import io.github.kubecheck.model.ObjectId;
import io.github.kubecheck.rule.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * JUnit XML as Jenkins and GitLab read it: one testsuite per file, one testcase per object (and
 * one named after the file for findings that belong to no object), passing when the object has no
 * findings. A failing testcase carries one {@code failure} whose body lists each finding on its
 * own lines: Jenkins shows only the first failure element of a testcase and GitLab folds several
 * into one value, so one element per finding would hide all but one of them.
 */
public final class JunitReport implements ReportFormat {

  @Override
  public String name() {
    return "junit";
  }

  @Override
  public String extension() {
    return "xml";
  }

  /** The findings of one testcase. */
  private record Case(String name, List<Finding> findings) {}

  @Override
  public String render(CheckResult result, ReportOptions options) {
    TreeSet<String> files = new TreeSet<>(result.inventory().keySet());
    files.addAll(result.sources().keySet());
    result.findings().forEach(f -> files.add(f.span().file()));
    StringBuilder suites = new StringBuilder();
    int tests = 0;
    int failures = 0;
    for (String file : files) {
      List<Case> cases = cases(file, result);
      int failed = (int) cases.stream().filter(c -> !c.findings().isEmpty()).count();
      tests += cases.size();
      failures += failed;
      suites.append("  <testsuite name=\"").append(attr(file)).append("\" tests=\"")
          .append(cases.size()).append("\" failures=\"").append(failed)
          .append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
      for (Case c : cases) {
        testcase(file, c, suites);
      }
      suites.append("  </testsuite>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuites name=\"kubecheck\" tests=\"" + tests + "\" failures=\"" + failures
        + "\" errors=\"0\" time=\"0\">\n" + suites + "</testsuites>\n";
  }

  private static List<Case> cases(String file, CheckResult result) {
    Map<String, List<Finding>> byCase = new LinkedHashMap<>();
    List<Finding> ofFile = result.findings().stream()
        .filter(f -> f.span().file().equals(file)).toList();
    if (ofFile.stream().anyMatch(f -> f.object().isEmpty())) {
      byCase.put(file, new ArrayList<>());
    }
    for (ObjectId id : result.inventory().getOrDefault(file, List.of())) {
      byCase.putIfAbsent(caseName(Optional.of(id), file), new ArrayList<>());
    }
    for (Finding f : ofFile) {
      byCase.computeIfAbsent(caseName(f.object(), file), k -> new ArrayList<>()).add(f);
    }
    return byCase.entrySet().stream().map(e -> new Case(e.getKey(), e.getValue())).toList();
  }

  private static String caseName(Optional<ObjectId> id, String file) {
    return id.map(ObjectId::toString).orElse(file);
  }

  private static void testcase(String file, Case c, StringBuilder out) {
    out.append("    <testcase classname=\"").append(attr(file)).append("\" name=\"")
        .append(attr(c.name())).append("\" file=\"").append(attr(file)).append("\" time=\"0\"");
    if (c.findings().isEmpty()) {
      out.append("/>\n");
      return;
    }
    Finding first = c.findings().get(0);
    int more = c.findings().size() - 1;
    String message = first.message() + (more == 0 ? ""
        : " (and " + more + " more finding" + (more == 1 ? "" : "s") + ")");
    out.append(">\n      <failure message=\"").append(attr(message)).append("\" type=\"")
        .append(attr(first.rule())).append("\">");
    StringBuilder body = new StringBuilder();
    for (Finding f : c.findings()) {
      body.append(f.span()).append(": ").append(f.severity().id()).append(" [")
          .append(f.rule()).append("] ").append(f.message()).append('\n');
      f.path().ifPresent(p -> body.append("  at: ").append(p).append('\n'));
      body.append("  fix: ").append(f.remediation()).append('\n');
    }
    out.append(text(body.toString())).append("</failure>\n    </testcase>\n");
  }

  /** Text XML 1.0 can hold: markup escaped, characters it forbids written as {@code \\uXXXX}. */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> {
          if (allowed(c)) {
            out.appendCodePoint(c);
          } else {
            out.append("\\u").append(String.format("%04x", c));
          }
        }
      }
    });
    return out.toString();
  }

  static String attr(String s) {
    return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
        .replace("\t", "&#9;");
  }

  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
