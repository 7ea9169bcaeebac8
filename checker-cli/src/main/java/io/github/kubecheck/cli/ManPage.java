package io.github.kubecheck.cli;

import io.github.kubecheck.Version;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * kubecheck(1) in roff, made from the picocli model of every command, so the page cannot
 * disagree with {@code --help}. The build writes it into the jar and target/ (see the pom);
 * {@code kubecheck man} prints it.
 */
public final class ManPage {

  private ManPage() {}

  /** Writes the page to each file named: run by the build after compiling. */
  public static void main(String[] args) throws IOException {
    String page = render(Main.commandLine(new Env(InputStream.nullInputStream(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        Path.of("").toAbsolutePath(), Map.of(), false)));
    for (String a : args) {
      Path p = Path.of(a);
      if (p.getParent() != null) {
        Files.createDirectories(p.getParent());
      }
      Files.writeString(p, page, StandardCharsets.UTF_8);
    }
  }

  static String render(CommandLine root) {
    StringBuilder out = new StringBuilder();
    out.append(".TH KUBECHECK 1 \"\" \"kubecheck ").append(Version.get())
        .append("\" \"User Commands\"\n");
    out.append(".SH NAME\nkubecheck \\- ").append(text(String.join(" ",
        root.getCommandSpec().usageMessage().description()))).append('\n');
    out.append(".SH SYNOPSIS\n.B kubecheck\n[\\fICOMMAND\\fR] [\\fIOPTION\\fR]... "
        + "[\\fIPATH\\fR]...\n");
    out.append(".SH DESCRIPTION\nkubecheck reads Kubernetes manifests the way the cluster "
        + "would and reports, with file, line and column, what the cluster would reject and "
        + "what is weakly configured. Without a command, \\fBlint\\fR runs: "
        + "\\fBkubecheck deploy/\\fR is \\fBkubecheck lint deploy/\\fR.\n");
    out.append(".SH COMMANDS\n");
    commands(root, "kubecheck", out);
    out.append(".SH EXIT STATUS\n")
        .append(".TP\n.B 0\nRan, and nothing at or above \\fB\\-\\-fail\\-on\\fR.\n")
        .append(".TP\n.B 1\nRan, and found something at or above \\fB\\-\\-fail\\-on\\fR "
            + "(for \\fBrbac can\\-i\\fR: the answer is no).\n")
        .append(".TP\n.B 2\nCould not run as asked: bad option, unreadable path, "
            + "bad configuration.\n");
    out.append(".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nPlain text output.\n")
        .append(".TP\n.B JAVA_OPTS\nOptions for the JVM, read by the launcher.\n");
    out.append(".SH FILES\n.TP\n.I .kubecheck.yaml\nConfiguration, in the working folder "
        + "or a parent.\n.TP\n.I .kubecheckignore\nPaths a folder walk skips, one glob a line.\n");
    out.append(".SH SEE ALSO\n\\fBkubecheck rules list\\fR, \\fBkubecheck rules explain\\fR "
        + "\\fIRULE\\-ID\\fR, and docs/ in the source tree.\n");
    return out.toString();
  }

  private static void commands(CommandLine cl, String prefix, StringBuilder out) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.usageMessage().hidden()) {
        continue;
      }
      String name = prefix + " " + spec.name();
      out.append(".SS ").append(text(name));
      for (PositionalParamSpec p : spec.positionalParameters()) {
        if (!p.hidden()) {
          out.append(' ').append(text(p.paramLabel()));
        }
      }
      out.append('\n').append(text(String.join(" ", spec.usageMessage().description())))
          .append('\n');
      List<OptionSpec> options = spec.options().stream()
          .filter(o -> !o.hidden() && !o.usageHelp() && !o.versionHelp()).toList();
      for (OptionSpec o : options) {
        out.append(".TP\n.B ").append(text(String.join(", ", o.names())));
        if (o.arity().max() > 0) {
          out.append(" \\fI").append(text(o.paramLabel())).append("\\fR");
        }
        out.append('\n').append(text(String.join(" ", o.description()))).append('\n');
      }
      commands(sub, name, out);
    }
  }

  /** Text safe in roff: backslashes and hyphens escaped, no line starting a request. */
  static String text(String s) {
    String t = s.replace("\\", "\\e").replace("-", "\\-").replace("\n", " ");
    return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
  }
}
