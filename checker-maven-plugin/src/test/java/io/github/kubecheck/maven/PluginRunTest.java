package io.github.kubecheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kubecheck.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal in-process: log lines, reports, and how each user mistake ends the build. */
class PluginRunTest {

  @TempDir
  Path project;

  private final List<String> log = new ArrayList<>();

  private final PluginRun.Output output = new PluginRun.Output() {
    @Override
    public void line(Severity severity, String text) {
      log.add("[" + severity + "] " + text);
    }

    @Override
    public void info(String text) {
      log.add("[INFO] " + text);
    }
  };

  private PluginRun.Settings settings(List<String> manifests, String kubeVersion, String failOn,
      List<String> formats) {
    return new PluginRun.Settings(project, manifests, null, null, kubeVersion, null, null,
        failOn, formats, null, project.resolve("target/kubecheck"));
  }

  private void write(String path, String text) throws IOException {
    Path p = project.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void findingsGoToTheLogWithAbsolutePathsAndFailTheBuild() throws IOException {
    write("src/main/kubernetes/bad.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n");
    assertThatThrownBy(() -> new PluginRun(output).execute(
        settings(null, null, "error", List.of("sarif"))))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("kubecheck: findings at or above failOn=error: 1 file, 1 object: 1 error, "
            + "1 warning, 0 info");
    assertThat(log).anyMatch(l -> l.startsWith("[ERROR] "
        + project.resolve("src/main/kubernetes/bad.yaml") + ":4:3: error [invalid-name]"));
    assertThat(project.resolve("target/kubecheck/kubecheck.sarif")).isRegularFile();
  }

  @Test
  void failOnNoneOnlyReports() throws Exception {
    write("k8s/bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n");
    new PluginRun(output).execute(settings(null, null, "none", List.of()));
    assertThat(log).last().asString().contains("1 error");
  }

  @Test
  void noManifestFolderIsNothingToCheck() throws Exception {
    new PluginRun(output).execute(settings(null, null, "error", List.of("text")));
    assertThat(log).singleElement().asString().contains("no manifests to check");
  }

  @Test
  void badParametersFailWithTheParameterNamed() throws IOException {
    write("k8s/ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");
    assertThatThrownBy(() -> new PluginRun(output).execute(
        settings(null, "0.9", "error", List.of())))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("kubecheck: parameter kubeVersion unsupported Kubernetes version");
    assertThatThrownBy(() -> new PluginRun(output).execute(
        settings(null, null, "error", List.of("pdf"))))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("parameter formats: unknown format \"pdf\"");
    assertThatThrownBy(() -> new PluginRun(output).execute(
        settings(List.of("nowhere"), null, "error", List.of())))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("kubecheck: nowhere: no such file or folder");
  }
}
