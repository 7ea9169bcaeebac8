package io.github.kubecheck.cli;

import picocli.CommandLine.Command;

/** The top command; {@code lint} runs when no other command is named. */
@Command(name = "kubecheck", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Kubernetes manifest linter and policy checker.",
    subcommands = {
        LintCommand.class,
        ScheduleCommand.class,
        NetpolCommand.class,
        RulesCommand.class,
        RbacCommand.class,
        VersionCommand.class,
        HookCommand.class,
        CompletionCommand.class,
        ManCommand.class,
    })
public final class KubecheckCommand implements Runnable {

  private final Env env;

  public KubecheckCommand(Env env) {
    this.env = env;
  }

  @Override
  public void run() {
    env.err().println("kubecheck: name a command; see kubecheck --help");
  }
}
