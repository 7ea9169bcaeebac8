package io.github.kubecheck.cli;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.Checker;
import io.github.kubecheck.FailOn;
import io.github.kubecheck.RequestException;
import io.github.kubecheck.RunOptions;
import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.config.ConfigException;
import io.github.kubecheck.report.ReportException;
import io.github.kubecheck.report.ReportPlan;
import io.github.kubecheck.source.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options every command that reads manifests shares. */
public final class CommonOptions {

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]",
      description = "Output format: text, json (lint also: sarif, junit, github). Default: text. "
          + "lint takes several, each to standard output or, as FORMAT=FILE, to a file; only one "
          + "may go to standard output.")
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output. With several -f, the "
          + "file of the last format named without one.")
  String output;

  @Option(names = "--kube-version", paramLabel = "X.Y",
      description = "Kubernetes version to check against. Default: the newest bundled.")
  String kubeVersion;

  @Option(names = "--cluster", paramLabel = "FILE",
      description = "The cluster the simulations run in (Nodes and existing objects). "
          + "Default: the built-in default cluster.")
  String cluster;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file. Default: .kubecheck.yaml in the working folder or a parent.")
  String config;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Lowest severity that makes the exit code 1: error, warning, info, none. "
          + "Default: error.")
  String failOn = "error";

  @Option(names = "--no-color", description = "Plain text output.")
  boolean noColor;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Option(names = "--no-bootstrap-rbac", description = "Leave out the default RBAC roles and "
      + "bindings every cluster has (cluster-admin, admin, edit, view, system:*).")
  boolean noBootstrapRbac;

  /** Builds the request shared by every command; usage problems become {@link UsageException}. */
  CheckRequest request(List<String> paths, Env env) throws UsageException, ConfigException {
    try {
      CheckRequest request = runOptions(paths).request(env.cwd(), env.in());
      return noBootstrapRbac ? request.withoutBootstrapRbac() : request;
    } catch (RequestException e) {
      throw usage(e);
    }
  }

  /**
   * Reads the input of a command that answers a question rather than listing findings; what
   * could not be read is said on standard error (see {@link InputWarnings}).
   */
  Facts load(Checker checker, List<String> paths, Env env)
      throws UsageException, ConfigException, InputException {
    Facts facts = checker.load(request(paths, env));
    InputWarnings.print(facts.manifests(), env.err());
    return facts;
  }

  FailOn failOn() throws UsageException {
    try {
      return runOptions(List.of()).failOnLevel();
    } catch (RequestException e) {
      throw usage(e);
    }
  }

  private RunOptions runOptions(List<String> paths) {
    return new RunOptions(paths, Optional.ofNullable(kubeVersion), Optional.ofNullable(cluster),
        Optional.ofNullable(config), List.of(), List.of(), failOn);
  }

  private static UsageException usage(RequestException e) {
    String option = switch (e.option()) {
      case "kubeVersion" -> "--kube-version";
      case "failOn" -> "--fail-on";
      default -> "--" + e.option();
    };
    return new UsageException(option + " " + e.getMessage());
  }

  /** The formats asked for, checked against those the command supports. */
  List<String> formats(Set<String> supported) throws UsageException {
    List<String> chosen = formats.isEmpty() ? List.of("text") : formats;
    for (String f : chosen) {
      if (!supported.contains(f)) {
        throw new UsageException("unknown format \"" + f + "\"; this command writes "
            + String.join(", ", supported.stream().sorted().toList()));
      }
    }
    return chosen;
  }

  /** The reports lint writes: several formats, each to standard output or a file. */
  ReportPlan reportPlan() throws UsageException {
    try {
      return ReportPlan.fromOptions(formats, Optional.ofNullable(output));
    } catch (ReportException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Colour for a report on standard output, when that is a terminal and nobody said no. */
  boolean terminalColor(Env env) {
    return !noColor && env.terminal() && !env.variables().containsKey("NO_COLOR");
  }

  boolean color(Env env) {
    return !noColor && output == null && env.terminal() && !env.variables().containsKey("NO_COLOR");
  }

  /** Writes the text to {@code -o FILE} or standard output. */
  void write(Env env, String text) throws UsageException {
    if (output == null) {
      env.out().print(text);
      env.out().flush();
      return;
    }
    try {
      Files.writeString(env.cwd().resolve(output), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot write " + output + ": " + e.getMessage());
    }
  }
}
