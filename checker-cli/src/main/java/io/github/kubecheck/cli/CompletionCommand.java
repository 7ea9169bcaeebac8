package io.github.kubecheck.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kubecheck completion bash|zsh}: a shell completion script from the command model. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Print a completion script for bash or zsh. Load it with "
        + "source <(kubecheck completion bash), or the same with zsh, in your shell's rc file.")
public final class CompletionCommand implements Callable<Integer> {

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  String shell;

  @Spec
  CommandSpec spec;

  private final Env env;

  public CompletionCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws UsageException {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new UsageException("completion is for bash or zsh, not \"" + shell + "\"");
    }
    CommandLine root = spec.root().commandLine();
    // The script picocli writes serves zsh too: it turns on zsh's bash completion itself.
    env.out().print(AutoComplete.bash("kubecheck", root));
    env.out().flush();
    return ExitCodes.OK;
  }
}
