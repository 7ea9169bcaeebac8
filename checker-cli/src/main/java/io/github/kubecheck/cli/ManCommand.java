package io.github.kubecheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kubecheck man}: the manual page in roff, e.g. {@code kubecheck man | man -l -}. */
@Command(name = "man", mixinStandardHelpOptions = true,
    description = "Print the manual page (roff); read it with: kubecheck man | man -l -")
public final class ManCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  private final Env env;

  public ManCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    env.out().print(ManPage.render(spec.root().commandLine()));
    env.out().flush();
    return ExitCodes.OK;
  }
}
