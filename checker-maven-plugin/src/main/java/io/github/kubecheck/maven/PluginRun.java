package io.github.kubecheck.maven;

import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Checker;
import io.github.kubecheck.FailOn;
import io.github.kubecheck.RequestException;
import io.github.kubecheck.RunOptions;
import io.github.kubecheck.baseline.Baseline;
import io.github.kubecheck.config.ConfigException;
import io.github.kubecheck.report.ReportException;
import io.github.kubecheck.report.ReportOptions;
import io.github.kubecheck.report.ReportPlan;
import io.github.kubecheck.report.TextReport;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.RuleRegistry;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.source.InputException;
import io.github.kubecheck.source.ManifestFolders;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * One run of the check goal over the core: the same {@link RunOptions} the command line builds,
 * the same {@link Checker}, the same report formats. Every problem the user can cause is mapped to
 * a Maven exception here, in one place.
 */
final class PluginRun {

  /** The goal's parameters, as the pom gave them (nulls for parameters not set). */
  record Settings(Path basedir, List<String> manifests, List<String> includes,
      List<String> excludes, String kubeVersion, String cluster, String configFile,
      String failOn, List<String> formats, String baseline, Path outputDirectory) {}

  /** The log lines of a run. */
  interface Output {
    void line(Severity severity, String text);

    void info(String text);
  }

  private static final Checker CHECKER = new Checker(RuleRegistry.loadBuiltIn());

  private final Output out;

  PluginRun(Output out) {
    this.out = out;
  }

  void execute(Settings s) throws MojoExecutionException, MojoFailureException {
    try {
      run(s);
    } catch (RequestException e) {
      throw new MojoExecutionException("kubecheck: parameter " + e.option() + " "
          + e.getMessage());
    } catch (ReportException e) {
      throw new MojoExecutionException("kubecheck: parameter formats: " + e.getMessage());
    } catch (InputException | ConfigException e) {
      throw new MojoExecutionException("kubecheck: " + e.getMessage());
    }
  }

  private void run(Settings s) throws RequestException, ReportException, InputException,
      ConfigException, MojoFailureException {
    List<String> paths = orEmpty(s.manifests()).isEmpty()
        ? ManifestFolders.present(s.basedir()) : orEmpty(s.manifests());
    RunOptions options = new RunOptions(paths, Optional.ofNullable(s.kubeVersion()),
        Optional.ofNullable(s.cluster()), Optional.ofNullable(s.configFile()),
        orEmpty(s.includes()), orEmpty(s.excludes()), s.failOn() == null ? "error" : s.failOn());
    FailOn failOn = options.failOnLevel();
    ReportPlan plan = ReportPlan.toFolder(orEmpty(s.formats()), s.outputDirectory().toString());
    if (paths.isEmpty()) {
      out.info("kubecheck: no manifests to check (none of " + String.join(", ",
          ManifestFolders.DEFAULTS) + " exists; set manifests to name others)");
      return;
    }
    Optional<Baseline> accepted = s.baseline() == null ? Optional.empty()
        : Optional.of(Baseline.read(s.basedir().resolve(s.baseline()), s.baseline()));
    CheckResult result = CHECKER.check(options.request(s.basedir(), InputStream.nullInputStream()));
    if (accepted.isPresent()) {
      result = accepted.get().apply(result);
    }
    for (Finding f : result.findings()) {
      out.line(f.severity(), TextReport.headline(f, shown(s.basedir(), f.span().file())));
      out.line(f.severity(), "    fix: " + f.remediation());
    }
    List<String> written = plan.write(result, new ReportOptions(false, CHECKER.registry()),
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
        s.basedir());
    String summary = TextReport.summary(result);
    out.info("kubecheck: " + summary + (written.isEmpty() ? ""
        : "; reports in " + s.basedir().relativize(s.outputDirectory().toAbsolutePath())));
    if (result.fails(failOn)) {
      throw new MojoFailureException("kubecheck: findings at or above failOn=" + options.failOn()
          + ": " + summary);
    }
  }

  /** An absolute path for files of the project, so IDEs turn log lines into links. */
  private static String shown(Path basedir, String file) {
    if (file.equals("-") || file.startsWith("(")) {
      return file;
    }
    Path p = Path.of(file);
    return p.isAbsolute() ? file : basedir.resolve(p).normalize().toString();
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list.stream().filter(x -> x != null && !x.isBlank())
        .map(String::strip).toList();
  }
}
