package io.github.kubecheck.cli;

import picocli.CommandLine.Command;

/** {@code kubecheck rbac}: questions to the RBAC authorizer over the manifests. */
@Command(name = "rbac", mixinStandardHelpOptions = true,
    description = "Ask the RBAC authorizer about the manifests: can a subject do something, who "
        + "can, and what a subject may do.",
    subcommands = {RbacCanICommand.class, RbacWhoCanCommand.class, RbacRulesCommand.class})
public final class RbacCommand implements Runnable {

  private final Env env;

  public RbacCommand(Env env) {
    this.env = env;
  }

  @Override
  public void run() {
    env.err().println("kubecheck rbac: say can-i, who-can or rules (see kubecheck rbac --help)");
  }
}
