package io.github.kubecheck.cli;

import picocli.CommandLine.Command;

/** {@code kubecheck rules}: the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List the rules or explain one.",
    subcommands = {RulesListCommand.class, RulesExplainCommand.class})
public final class RulesCommand implements Runnable {

  private final Env env;

  public RulesCommand(Env env) {
    this.env = env;
  }

  @Override
  public void run() {
    env.err().println("kubecheck rules: say list or explain RULE-ID");
  }
}
