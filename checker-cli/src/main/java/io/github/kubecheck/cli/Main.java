package io.github.kubecheck.cli;

import io.github.kubecheck.Checker;
import io.github.kubecheck.config.ConfigException;
import io.github.kubecheck.rule.RuleRegistry;
import io.github.kubecheck.source.InputException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** The launcher: the only place that exits. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, Env.system()));
  }

  /** Runs a command line in-process, as tests do. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd) {
    return run(args, new Env(in, out, err, cwd.toAbsolutePath(), Map.of(), false));
  }

  public static int run(String[] args, Env env) {
    boolean debug = Arrays.asList(args).contains("--debug");
    try {
      String[] full = withDefaultCommand(args);
      return commandLine(env, needed(full)).execute(full);
    } catch (RuntimeException | Error e) {
      return internalError(env, e, debug);
    }
  }

  /** The whole command tree, as help, completion and the man page show it. */
  static CommandLine commandLine(Env env) {
    return commandLine(env, KubecheckCommand.SUBCOMMANDS.keySet());
  }

  /**
   * The command tree with only the named subcommands: picocli reads every command class's
   * annotations when it is added, so a run builds just the one it executes (see
   * docs/PERFORMANCE.md, start-up).
   */
  static CommandLine commandLine(Env env, Collection<String> subcommands) {
    CommandFactory factory = new CommandFactory(env,
        () -> new Checker(RuleRegistry.loadBuiltIn()));
    CommandLine cli = new CommandLine(KubecheckCommand.class, factory);
    for (String name : subcommands) {
      cli.addSubcommand(name, new CommandLine(KubecheckCommand.SUBCOMMANDS.get(name), factory));
    }
    cli.setOut(new java.io.PrintWriter(env.out(), true));
    cli.setErr(new java.io.PrintWriter(env.err(), true));
    cli.setParameterExceptionHandler((ex, a) -> {
      env.err().println("kubecheck: " + ex.getMessage() + " (see "
          + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
      return ExitCodes.USAGE;
    });
    cli.setExecutionExceptionHandler((ex, command, parsed) -> {
      if (ex instanceof UsageException || ex instanceof InputException
          || ex instanceof ConfigException) {
        env.err().println("kubecheck: " + ex.getMessage());
        return ExitCodes.USAGE;
      }
      boolean debug = parsed.hasMatchedOption("--debug")
          || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
      return internalError(env, ex, debug);
    });
    return cli;
  }

  /** The subcommands a command line needs: the one it names, or all for the top help. */
  static Collection<String> needed(String[] args) {
    if (KubecheckCommand.SUBCOMMANDS.containsKey(args[0])
        && !List.of("completion", "man").contains(args[0])) {
      return List.of(args[0]);
    }
    return KubecheckCommand.SUBCOMMANDS.keySet();
  }

  /** {@code kubecheck examples/} means {@code kubecheck lint examples/}. */
  static String[] withDefaultCommand(String[] args) {
    if (args.length > 0 && (KubecheckCommand.SUBCOMMANDS.containsKey(args[0])
        || List.of("-h", "--help", "-V", "--version").contains(args[0]))) {
      return args;
    }
    List<String> out = new ArrayList<>();
    out.add("lint");
    out.addAll(Arrays.asList(args));
    return out.toArray(String[]::new);
  }

  private static int internalError(Env env, Throwable e, boolean debug) {
    env.err().println("kubecheck: internal error: " + e
        + (debug ? "" : " (run with --debug for details, and please report it)"));
    if (debug) {
      e.printStackTrace(env.err());
    }
    return ExitCodes.USAGE;
  }
}
