package io.github.kubecheck.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * The top command; {@code lint} runs when no other command is named. Its subcommands are listed
 * here rather than in the annotation so that {@link Main} builds only the one a run names.
 */
@Command(name = "kubecheck", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Kubernetes manifest linter and policy checker.")
public final class KubecheckCommand implements Runnable {

  /** Every subcommand by name, in the order the help lists them. */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("lint", LintCommand.class);
    all.put("schedule", ScheduleCommand.class);
    all.put("netpol", NetpolCommand.class);
    all.put("rules", RulesCommand.class);
    all.put("rbac", RbacCommand.class);
    all.put("version", VersionCommand.class);
    all.put("hook", HookCommand.class);
    all.put("completion", CompletionCommand.class);
    all.put("man", ManCommand.class);
    return all;
  }

  private final Env env;

  public KubecheckCommand(Env env) {
    this.env = env;
  }

  @Override
  public void run() {
    env.err().println("kubecheck: name a command; see kubecheck --help");
  }
}
