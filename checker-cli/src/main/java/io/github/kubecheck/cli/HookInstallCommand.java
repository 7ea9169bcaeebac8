package io.github.kubecheck.cli;

import io.github.kubecheck.hook.GitHook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kubecheck hook install}: writes .git/hooks/pre-commit. */
@Command(name = "install", mixinStandardHelpOptions = true,
    description = "Write a pre-commit hook into the git repository of the working folder: each "
        + "commit's YAML and JSON files are linted and the commit is refused on errors. "
        + "A hook kubecheck did not write is kept unless --force is given.")
public final class HookInstallCommand implements Callable<Integer> {

  /** Set by the ./kubecheck launcher to its own path, so the hook runs the same build. */
  static final String LAUNCHER_VARIABLE = "KUBECHECK_LAUNCHER";

  @Option(names = "--force",
      description = "Replace an existing pre-commit hook kubecheck did not write.")
  boolean force;

  private final Env env;

  public HookInstallCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws UsageException {
    Path hooks = GitHook.hooksDir(env.cwd()).orElseThrow(() -> new UsageException(
        "not in a git repository: run kubecheck hook install inside one"));
    Optional<String> launcher = Optional.ofNullable(env.variables().get(LAUNCHER_VARIABLE))
        .filter(s -> !s.isBlank());
    Path hook = hooks.resolve("pre-commit");
    GitHook.Outcome outcome;
    try {
      outcome = GitHook.install(hooks, launcher, force);
    } catch (IOException e) {
      throw new UsageException("cannot write " + hook + ": " + e.getMessage());
    }
    switch (outcome) {
      case REFUSED_FOREIGN -> throw new UsageException(hook + " exists and kubecheck did not "
          + "write it; merge it by hand, or replace it with kubecheck hook install --force");
      case INSTALLED -> env.out().println("kubecheck: installed " + hook);
      case UPDATED -> env.out().println("kubecheck: updated " + hook);
      case REPLACED_FOREIGN -> env.out().println("kubecheck: replaced " + hook
          + " (the previous hook is gone)");
    }
    env.out().flush();
    return ExitCodes.OK;
  }
}
