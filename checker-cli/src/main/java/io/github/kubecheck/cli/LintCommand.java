package io.github.kubecheck.cli;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Checker;
import io.github.kubecheck.FailOn;
import io.github.kubecheck.report.ReportFormat;
import io.github.kubecheck.report.ReportFormats;
import io.github.kubecheck.report.ReportOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    List<String> formats = options.formats(Set.copyOf(ReportFormats.names()));
    FailOn failOn = options.failOn();
    CheckRequest request = options.request(paths, env).withSchemaLocations(schemaLocations);
    CheckResult result = checker.check(request);
    ReportOptions ro = new ReportOptions(options.color(env), checker.registry());
    for (String name : formats) {
      ReportFormat format = ReportFormats.byName(name).orElseThrow();
      options.write(env, format.render(result, ro));
    }
    return result.fails(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
