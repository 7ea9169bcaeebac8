package io.github.kubecheck.cli;

import picocli.CommandLine.Command;

/** {@code kubecheck hook}: git hooks that run kubecheck. */
@Command(name = "hook", mixinStandardHelpOptions = true,
    description = "Install a git pre-commit hook that lints the staged manifests.",
    subcommands = {HookInstallCommand.class})
public final class HookCommand implements Runnable {

  private final Env env;

  public HookCommand(Env env) {
    this.env = env;
  }

  @Override
  public void run() {
    env.err().println("kubecheck hook: say install");
  }
}
