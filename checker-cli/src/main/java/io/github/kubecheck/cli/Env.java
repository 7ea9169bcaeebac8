package io.github.kubecheck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the outside world: standard streams, the working folder and the
 * environment variables. Tests pass their own.
 */
public record Env(InputStream in, PrintStream out, PrintStream err, Path cwd,
    Map<String, String> variables, boolean terminal) {

  public static Env system() {
    return new Env(System.in, System.out, System.err, Path.of("").toAbsolutePath(),
        System.getenv(), System.console() != null);
  }
}
