package io.github.kubecheck.hook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A plain git pre-commit hook that lints the staged manifests, for repositories that do not use
 * the pre-commit framework. Installing never replaces a hook kubecheck did not write unless
 * forced, so a team's own hook is not lost.
 */
public final class GitHook {

  /** The line that tells a hook kubecheck wrote from anyone else's. */
  public static final String MARKER = "# Installed by kubecheck hook install.";

  /** What installing did. */
  public enum Outcome {
    INSTALLED,
    UPDATED,
    REPLACED_FOREIGN,
    REFUSED_FOREIGN
  }

  private GitHook() {}

  /**
   * The hook script. It lints the added, copied, modified and renamed YAML and JSON files of the
   * commit in one run (so references across them are seen), with the launcher that installed it,
   * else the kubecheck on PATH. Hidden files and folders ({@code .kubecheck.yaml},
   * {@code .github/}) are not manifests and are left out.
   */
  public static String script(Optional<String> launcher) {
    String preferred = "kubecheck=" + launcher.map(GitHook::shellQuote).orElse("") + "\n";
    return "#!/bin/sh\n"
        + MARKER + "\n"
        + "# Lints the Kubernetes manifests staged for a commit; the commit is refused when\n"
        + "# kubecheck finds errors. Rerun `kubecheck hook install` to update it; delete this\n"
        + "# file to remove it; git commit --no-verify skips it once.\n"
        + preferred
        + "if [ -z \"$kubecheck\" ] || [ ! -x \"$kubecheck\" ]; then\n"
        + "  kubecheck=$(command -v kubecheck) || {\n"
        + "    echo \"kubecheck hook: no kubecheck found; put it on PATH or rerun\" \\\n"
        + "      \"kubecheck hook install\" >&2\n"
        + "    exit 1\n"
        + "  }\n"
        + "fi\n"
        + "files=$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR -- "
        + "'*.yaml' '*.yml' '*.json' | grep -Ev '(^|/)[.]' || true)\n"
        + "[ -n \"$files\" ] || exit 0\n"
        + "set --\n"
        + "while IFS= read -r f; do\n"
        + "  [ -n \"$f\" ] && set -- \"$@\" \"$f\"\n"
        + "done <<EOF\n"
        + "$files\n"
        + "EOF\n"
        + "exec \"$kubecheck\" lint --no-color \"$@\"\n";
  }

  /** Installs the hook as {@code pre-commit} in {@code hooksDir}. */
  public static Outcome install(Path hooksDir, Optional<String> launcher, boolean force)
      throws IOException {
    Path hook = hooksDir.resolve("pre-commit");
    Outcome outcome = Outcome.INSTALLED;
    if (Files.exists(hook)) {
      boolean ours = Files.readString(hook, StandardCharsets.UTF_8).contains(MARKER);
      if (!ours && !force) {
        return Outcome.REFUSED_FOREIGN;
      }
      outcome = ours ? Outcome.UPDATED : Outcome.REPLACED_FOREIGN;
    }
    Files.createDirectories(hooksDir);
    Files.writeString(hook, script(launcher), StandardCharsets.UTF_8);
    try {
      Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(hook));
      perms.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_EXECUTE));
      Files.setPosixFilePermissions(hook, perms);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: git for Windows runs hooks without the bit.
    }
    return outcome;
  }

  /**
   * The hooks folder of the repository {@code dir} is in, as git itself resolves it (worktrees,
   * {@code core.hooksPath}); without git, the {@code .git/hooks} of the nearest folder with one.
   */
  public static Optional<Path> hooksDir(Path dir) {
    Optional<Path> fromGit = askGit(dir);
    if (fromGit.isPresent()) {
      return fromGit;
    }
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve(".git"))) {
        return Optional.of(d.resolve(".git").resolve("hooks"));
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> askGit(Path dir) {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "--git-path", "hooks")
          .directory(dir.toFile()).redirectErrorStream(false).start();
      p.getOutputStream().close();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      p.getErrorStream().close();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroy();
        return Optional.empty();
      }
      return p.exitValue() == 0 && !out.isEmpty()
          ? Optional.of(dir.resolve(out).toAbsolutePath().normalize()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
