package io.github.kubecheck.cli;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Checker;
import io.github.kubecheck.FailOn;
import io.github.kubecheck.baseline.Baseline;
import io.github.kubecheck.report.ReportException;
import io.github.kubecheck.report.ReportOptions;
import io.github.kubecheck.report.ReportPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kubecheck lint}: every check, as findings. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Check manifests: schema, removed APIs, Pod Security, scheduling, RBAC, "
        + "network policy, references and hardening. The default command.")
public final class LintCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Option(names = "--schema-location", paramLabel = "DIR",
      description = "A folder of extra JSON Schemas named {kind}-{group}-{version}.json "
          + "(kubeconform's naming), for custom resources without a CRD in the input. Repeatable.")
  List<String> schemaLocations = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Report only findings that FILE (written by --write-baseline) does not "
          + "record. Findings match by rule, object and field path, not by line.")
  String baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record every current finding in FILE, so later runs with --baseline FILE "
          + "report only new ones.")
  String writeBaseline;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files, folders (searched for *.yaml, *.yml, *.json) or - for standard input. "
          + "Default: the working folder.")
  List<String> paths = new ArrayList<>();

  private final Env env;
  private final Checker checker;

  public LintCommand(Env env, Checker checker) {
    this.env = env;
    this.checker = checker;
  }

  @Override
  public Integer call() throws Exception {
    ReportPlan plan = options.reportPlan();
    FailOn failOn = options.failOn();
    if (baseline != null && writeBaseline != null) {
      throw new UsageException("--baseline and --write-baseline do not go together; "
          + "--write-baseline FILE alone rewrites FILE from the current findings");
    }
    Optional<Baseline> accepted = baseline == null ? Optional.empty()
        : Optional.of(Baseline.read(env.cwd().resolve(baseline), baseline));
    CheckRequest request = options.request(paths, env).withSchemaLocations(schemaLocations);
    CheckResult result = checker.check(request);
    if (writeBaseline != null) {
      Baseline recorded = Baseline.of(result);
      recorded.write(env.cwd().resolve(writeBaseline), writeBaseline);
      env.err().println("kubecheck: recorded " + recorded.keys().size() + " finding"
          + (recorded.keys().size() == 1 ? "" : "s") + " in " + writeBaseline);
      accepted = Optional.of(recorded);
    }
    if (accepted.isPresent()) {
      result = accepted.get().apply(result);
    }
    ReportOptions ro = new ReportOptions(options.terminalColor(env), checker.registry());
    try {
      plan.write(result, ro, env.out(), env.cwd());
    } catch (ReportException e) {
      throw new UsageException(e.getMessage());
    }
    return result.fails(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
