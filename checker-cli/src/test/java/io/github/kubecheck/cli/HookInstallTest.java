package io.github.kubecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.kubecheck.hook.GitHook;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubecheck hook install}: the git hook refuses a bad commit and keeps others' hooks. */
class HookInstallTest {

  @TempDir
  Path repo;

  @TempDir
  Path tools;

  private Git git;
  private Path launcher;
  private String out;
  private String err;

  @BeforeEach
  void scratchRepository() throws Exception {
    assumeTrue(Git.onPath("git") || System.getenv("CI") != null, "git is not installed");
    launcher = Git.launcher(tools);
    git = new Git(repo, Map.of());
    assertThat(git.git("init", "-q").code()).isZero();
  }

  private int install(String... extra) {
    String[] args = new String[2 + extra.length];
    args[0] = "hook";
    args[1] = "install";
    System.arraycopy(extra, 0, args, 2, extra.length);
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(args, new Env(InputStream.nullInputStream(),
        new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), repo,
        Map.of(HookInstallCommand.LAUNCHER_VARIABLE, launcher.toString()), false));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void installedHookRefusesABadCommitAndAcceptsAGoodOne() throws Exception {
    assertThat(install()).isZero();
    Path hook = repo.resolve(".git/hooks/pre-commit");
    assertThat(out).contains("installed").contains(hook.toString());
    assertThat(Files.isExecutable(hook)).isTrue();
    assertThat(Files.readString(hook)).contains(GitHook.MARKER).contains(launcher.toString());

    git.write("deploy/config map.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
        + "  name: Bad_Name\n");
    git.write("README.txt", "not a manifest\n");
    git.write(".github/workflows/ci.yaml", "on: push\n");
    git.git("add", ".");
    Git.Result refused = git.git("commit", "-q", "-m", "bad");
    assertThat(refused.code()).as(refused.output()).isEqualTo(1);
    assertThat(refused.output()).contains("deploy/config map.yaml:4:3: error [invalid-name]");
    assertThat(git.git("log", "--oneline").output()).doesNotContain("bad");

    git.write("deploy/config map.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
        + "  name: good-name\n");
    git.git("add", ".");
    Git.Result accepted = git.git("commit", "-q", "-m", "good");
    assertThat(accepted.code()).as(accepted.output()).isZero();

    git.write("README.txt", "only prose changed\n");
    git.git("add", ".");
    assertThat(git.git("commit", "-q", "-m", "prose").code()).isZero();
  }

  @Test
  void aForeignHookIsKeptUnlessForced() throws Exception {
    Path hook = repo.resolve(".git/hooks/pre-commit");
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, "#!/bin/sh\necho team hook\n");
    assertThat(install()).isEqualTo(2);
    assertThat(err.strip()).contains("exists and kubecheck did not write it")
        .contains("--force").doesNotContain("\n");
    assertThat(Files.readString(hook)).contains("team hook");

    assertThat(install("--force")).isZero();
    assertThat(out).contains("replaced");
    assertThat(Files.readString(hook)).contains(GitHook.MARKER);

    assertThat(install()).isZero();
    assertThat(out).contains("updated");
  }

  @Test
  void outsideARepositoryIsAUsageError(@TempDir Path elsewhere) {
    assumeTrue(!Files.exists(elsewhere.resolve(".git")));
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"hook", "install"}, InputStream.nullInputStream(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), elsewhere);
    assertThat(code).isEqualTo(2);
    assertThat(e.toString(StandardCharsets.UTF_8)).contains("not in a git repository");
  }
}
