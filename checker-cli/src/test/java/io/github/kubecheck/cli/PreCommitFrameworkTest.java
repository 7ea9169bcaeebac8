package io.github.kubecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's .pre-commit-hooks.yaml run by the real pre-commit framework, as a user's
 * repository would use it: a {@code repo:} entry pinned to a commit of this checkout's hook files
 * (copied into a scratch repository, so uncommitted edits are tested too), hook id
 * {@code kubecheck}, installed as the git hook. KUBECHECK points the hook at this build, so the
 * test does not build the jar in pre-commit's clone. On CI (CI set) pre-commit must be installed
 * (.ci/run installs it); elsewhere the test is skipped without it.
 */
class PreCommitFrameworkTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path repo;

  @TempDir
  Path tools;

  @Test
  void aCommitWithABadManifestIsRefusedAndAGoodOneAccepted() throws Exception {
    boolean ci = System.getenv("CI") != null;
    assumeTrue(ci || Git.onPath("pre-commit") && Git.onPath("git"),
        "pre-commit is not installed");
    // The hook repository as pre-commit fetches it: this checkout's hook files, committed.
    Path hooksRepo = tools.resolve("hooks-repo");
    Files.createDirectories(hooksRepo.resolve("bin"));
    for (String file : List.of(".pre-commit-hooks.yaml", "bin/kubecheck-pre-commit")) {
      Files.copy(ROOT.resolve(file), hooksRepo.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
    }
    Git hooks = new Git(hooksRepo, Map.of());
    hooks.git("init", "-q");
    hooks.git("add", ".");
    Git.Result committed = hooks.git("commit", "-q", "-m", "hooks");
    assertThat(committed.code()).as(committed.output()).isZero();
    String rev = hooks.git("rev-parse", "HEAD").output().strip();
    Path launcher = Git.launcher(tools);
    Git git = new Git(repo, Map.of("PRE_COMMIT_HOME", tools.resolve("cache").toString(),
        "KUBECHECK", launcher.toString()));
    assertThat(git.git("init", "-q").code()).isZero();
    git.write(".pre-commit-config.yaml", "repos:\n"
        + "  - repo: " + hooksRepo + "\n"
        + "    rev: " + rev + "\n"
        + "    hooks:\n"
        + "      - id: kubecheck\n");
    Git.Result installed = git.run("pre-commit", "install");
    assertThat(installed.code()).as(installed.output()).isZero();

    git.write("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
        + "  name: web\nspec:\n  replicas: \"two\"\n");
    git.write("notes.md", "# not checked\n");
    git.git("add", ".");
    Git.Result refused = git.git("commit", "-q", "-m", "bad manifest");
    assertThat(refused.code()).as(refused.output()).isNotZero();
    assertThat(refused.output()).contains("kubecheck").contains("Failed")
        .contains("k8s/app.yaml:6:");
    assertThat(git.git("rev-parse", "--verify", "-q", "HEAD").code()).isNotZero();

    git.write("k8s/app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n"
        + "data:\n  replicas: \"2\"\n");
    git.git("add", ".");
    Git.Result accepted = git.git("commit", "-q", "-m", "good manifest");
    assertThat(accepted.code()).as(accepted.output()).isZero();
    assertThat(accepted.output()).contains("kubecheck").contains("Passed");
  }
}
