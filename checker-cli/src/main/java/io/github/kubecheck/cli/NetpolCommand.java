package io.github.kubecheck.cli;

import picocli.CommandLine.Command;

/** {@code kubecheck netpol}: connectivity under the network policies. */
@Command(name = "netpol", mixinStandardHelpOptions = true,
    description = "Which workloads can reach which, on which ports, under the NetworkPolicies "
        + "and AdminNetworkPolicies of the input and the cluster.",
    subcommands = {NetpolMatrixCommand.class, NetpolCanReachCommand.class})
public final class NetpolCommand implements Runnable {

  private final Env env;

  public NetpolCommand(Env env) {
    this.env = env;
  }

  @Override
  public void run() {
    env.err().println("kubecheck netpol: say matrix or can-reach FROM TO");
  }
}
