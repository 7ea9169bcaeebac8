package io.github.kubecheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One in-process command line, as the tests run it: exit code and both streams. */
record CliRun(int code, String out, String err) {

  static CliRun in(Path cwd, String... args) {
    return withInput(InputStream.nullInputStream(), cwd, args);
  }

  static CliRun withInput(InputStream in, Path cwd, String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(args, in, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), cwd);
    return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }
}
