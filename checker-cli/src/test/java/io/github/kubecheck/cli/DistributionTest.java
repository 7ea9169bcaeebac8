package io.github.kubecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shell completion and the manual page, both made from the picocli model. */
class DistributionTest {

  @TempDir
  Path dir;

  private String out;
  private String err;

  private int run(String... args) {
    CliRun r = CliRun.in(dir, args);
    out = r.out();
    err = r.err();
    return r.code();
  }

  @Test
  void completionScriptsKnowTheCommandsAndOptions() {
    assertThat(run("completion", "bash")).isZero();
    String bash = out;
    assertThat(bash).contains("complete -F").contains("lint").contains("--fail-on")
        .contains("--write-baseline").contains("hook");
    assertThat(run("completion", "zsh")).isZero();
    assertThat(out).contains("ZSH_VERSION").contains("bashcompinit").isEqualTo(bash);
    assertThat(run("completion", "fish")).isEqualTo(2);
    assertThat(err).contains("bash or zsh");
  }

  @Test
  void manualPageCoversEveryCommandAndTheBuildBundlesTheCurrentOne() throws Exception {
    assertThat(run("man")).isZero();
    assertThat(out).startsWith(".TH KUBECHECK 1").contains(".SS kubecheck lint")
        .contains(".SS kubecheck hook install").contains(".SS kubecheck rules explain RULE\\-ID")
        .contains("\\-\\-baseline").contains(".SH EXIT STATUS");
    try (InputStream bundled = ManPage.class.getResourceAsStream("kubecheck.1")) {
      assertThat(bundled).as("the build writes kubecheck.1 at process-classes").isNotNull();
      String page = new String(bundled.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(page).isEqualTo(ManPage.render(Main.commandLine(new Env(
          InputStream.nullInputStream(), System.out, System.err, dir, Map.of(), false))));
    }
  }
}
