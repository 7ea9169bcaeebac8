package io.github.kubecheck.report;

import io.github.kubecheck.CheckResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which reports one run writes, and where: several formats in one run, each to standard output or
 * to a file. The command line and the Maven plugin both build one, and the rule for
 * {@code -f}/{@code -o} lives here so they cannot drift apart.
 */
public final class ReportPlan {

  /** One report: a format, and the file it goes to (empty for standard output). */
  public record Target(ReportFormat format, Optional<String> file) {}

  private final List<Target> targets;

  private ReportPlan(List<Target> targets) {
    this.targets = List.copyOf(targets);
  }

  public List<Target> targets() {
    return targets;
  }

  /**
   * The command line's rule. Each spec is {@code FORMAT} or {@code FORMAT=FILE}; none means text.
   * {@code -o FILE} is the file of the last format named without one. Every other format without
   * a file goes to standard output, and only one may: {@code -f text -f sarif -o out.sarif} shows
   * text and writes SARIF to out.sarif.
   */
  public static ReportPlan fromOptions(List<String> specs, Optional<String> output)
      throws ReportException {
    List<String> given = specs.isEmpty() ? List.of("text") : specs;
    List<String> names = new ArrayList<>();
    List<Optional<String>> files = new ArrayList<>();
    for (String spec : given) {
      int eq = spec.indexOf('=');
      String name = eq < 0 ? spec : spec.substring(0, eq);
      String file = eq < 0 ? "" : spec.substring(eq + 1);
      if (eq >= 0 && file.isEmpty()) {
        throw new ReportException("-f " + spec + ": give a file after =, or leave out the =");
      }
      names.add(name);
      files.add(file.isEmpty() ? Optional.empty() : Optional.of(file));
    }
    if (output.isPresent()) {
      int last = files.lastIndexOf(Optional.<String>empty());
      if (last < 0) {
        throw new ReportException("-o " + output.get() + " has no format to take: every -f "
            + "already names its file");
      }
      files.set(last, output);
    }
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      targets.add(new Target(format(names.get(i)), files.get(i)));
    }
    long toStdout = targets.stream().filter(t -> t.file().isEmpty()).count();
    if (toStdout > 1) {
      throw new ReportException("only one format can go to standard output; give the others a "
          + "file, as -f FORMAT=FILE or with -o FILE for the last one");
    }
    checkDistinctFiles(targets);
    return new ReportPlan(targets);
  }

  /** The Maven plugin's rule: each format to {@code kubecheck.EXT} in one folder. */
  public static ReportPlan toFolder(List<String> formats, String folder) throws ReportException {
    List<Target> targets = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : formats) {
      if (!seen.add(name)) {
        continue;
      }
      ReportFormat f = format(name);
      targets.add(new Target(f, Optional.of(folder + "/kubecheck." + f.extension())));
    }
    checkDistinctFiles(targets);
    return new ReportPlan(targets);
  }

  private static ReportFormat format(String name) throws ReportException {
    return ReportFormats.byName(name).orElseThrow(() -> new ReportException("unknown format \""
        + name + "\"; lint writes " + String.join(", ", ReportFormats.names())));
  }

  private static void checkDistinctFiles(List<Target> targets) throws ReportException {
    Set<String> files = new HashSet<>();
    for (Target t : targets) {
      if (t.file().isPresent() && !files.add(Path.of(t.file().get()).normalize().toString())) {
        throw new ReportException("two reports would be written to " + t.file().get());
      }
    }
  }

  /** Whether a report goes to standard output (so colour may be used there). */
  public boolean writesToStdout() {
    return targets.stream().anyMatch(t -> t.file().isEmpty());
  }

  /**
   * Renders every report. Files are resolved against {@code base}, their folders created, and
   * written without colour; standard output gets {@code options} as given.
   *
   * @return the files written, as given
   */
  public List<String> write(CheckResult result, ReportOptions options, PrintStream stdout,
      Path base) throws ReportException {
    List<String> written = new ArrayList<>();
    ReportOptions plain = new ReportOptions(false, options.rules());
    for (Target t : targets) {
      if (t.file().isEmpty()) {
        stdout.print(t.format().render(result, options));
        stdout.flush();
        continue;
      }
      String shown = t.file().get();
      Path file = base.resolve(shown);
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(file, t.format().render(result, plain), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ReportException("cannot write " + shown + ": " + e.getMessage());
      }
      written.add(shown);
    }
    return List.copyOf(written);
  }
}
