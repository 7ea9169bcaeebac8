package io.github.kubecheck.report;

import io.github.kubecheck.CheckResult;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The human report: {@code file:line:col: severity [rule] message}, the source line with a caret
 * under the column, the fix, files separated by a blank line, and a summary line.
 */
public final class TextReport implements ReportFormat {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  @Override
  public String name() {
    return "text";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public String render(CheckResult result, ReportOptions options) {
    StringBuilder out = new StringBuilder();
    String previousFile = null;
    for (Finding f : result.findings()) {
      if (previousFile != null && !previousFile.equals(f.span().file())) {
        out.append('\n');
      }
      previousFile = f.span().file();
      finding(f, result, options.color(), out);
    }
    if (!result.findings().isEmpty()) {
      out.append('\n');
    }
    out.append(summary(result)).append('\n');
    return out.toString();
  }

  private static void finding(Finding f, CheckResult result, boolean color, StringBuilder out) {
    out.append(paint(color, BOLD, f.span().toString())).append(": ")
        .append(paint(color, colorOf(f.severity()), f.severity().id())).append(' ')
        .append(paint(color, DIM, "[" + f.rule() + "]")).append(' ')
        .append(f.message()).append('\n');
    String line = result.sourceLine(f.span().file(), f.span().line());
    if (!line.isBlank()) {
      String number = Integer.toString(f.span().line());
      String gutter = " ".repeat(number.length());
      out.append(' ').append(number).append(" | ").append(line).append('\n');
      out.append(' ').append(gutter).append(" | ")
          .append(caretPadding(line, f.span().column()))
          .append(paint(color, colorOf(f.severity()), "^")).append('\n');
      out.append(' ').append(gutter).append(" = fix: ").append(f.remediation()).append('\n');
    } else {
      out.append("  = fix: ").append(f.remediation()).append('\n');
    }
  }

  /** Spaces up to the column, keeping tabs so the caret lines up in a terminal. */
  private static String caretPadding(String line, int column) {
    StringBuilder pad = new StringBuilder();
    for (int i = 0; i < column - 1; i++) {
      pad.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return pad.toString();
  }

  /** The first line of a finding, {@code file:line:col: severity [rule] message}, for logs. */
  public static String headline(Finding f, String file) {
    return file + ":" + f.span().line() + ":" + f.span().column() + ": " + f.severity().id()
        + " [" + f.rule() + "] " + f.message();
  }

  /** The closing line: files, objects, counts per severity, suppressed and baselined. */
  public static String summary(CheckResult r) {
    String s = r.files() + plural(r.files(), " file", " files") + ", " + r.objects()
        + plural(r.objects(), " object", " objects") + ": "
        + r.count(Severity.ERROR) + plural(r.count(Severity.ERROR), " error", " errors") + ", "
        + r.count(Severity.WARNING) + plural(r.count(Severity.WARNING), " warning", " warnings")
        + ", " + r.count(Severity.INFO) + " info";
    List<String> left = new ArrayList<>();
    if (r.suppressed() > 0) {
      left.add(r.suppressed() + " suppressed");
    }
    if (r.baselined() > 0) {
      left.add(r.baselined() + " baselined");
    }
    return left.isEmpty() ? s : s + " (" + String.join(", ", left) + ")";
  }

  private static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }

  private static String paint(boolean color, String code, String text) {
    return color ? code + text + RESET : text;
  }
}
