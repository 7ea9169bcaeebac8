package io.github.kubecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule for several formats in one run, shared by the command line and the Maven plugin. */
class ReportPlanTest {

  @TempDir
  Path dir;

  private static List<String> shown(ReportPlan plan) {
    return plan.targets().stream()
        .map(t -> t.format().name() + "->" + t.file().orElse("stdout")).toList();
  }

  @Test
  void noFormatIsTextOnStandardOutput() throws ReportException {
    assertThat(shown(ReportPlan.fromOptions(List.of(), Optional.empty())))
        .containsExactly("text->stdout");
    assertThat(shown(ReportPlan.fromOptions(List.of(), Optional.of("out.txt"))))
        .containsExactly("text->out.txt");
  }

  @Test
  void outputBelongsToTheLastFormatWithoutAFile() throws ReportException {
    assertThat(shown(ReportPlan.fromOptions(List.of("text", "sarif"), Optional.of("out.sarif"))))
        .containsExactly("text->stdout", "sarif->out.sarif");
    assertThat(shown(ReportPlan.fromOptions(List.of("github", "sarif=a.sarif", "junit"),
        Optional.of("j.xml"))))
        .containsExactly("github->stdout", "sarif->a.sarif", "junit->j.xml");
  }

  @Test
  void formatsWithTheirOwnFiles() throws ReportException {
    assertThat(shown(ReportPlan.fromOptions(List.of("text", "sarif=r/k.sarif", "junit=r/k.xml"),
        Optional.empty())))
        .containsExactly("text->stdout", "sarif->r/k.sarif", "junit->r/k.xml");
  }

  @Test
  void refusesWhatCannotBeDoneAsAsked() {
    assertThatThrownBy(() -> ReportPlan.fromOptions(List.of("text", "json"), Optional.empty()))
        .isInstanceOf(ReportException.class).hasMessageContaining("only one format");
    assertThatThrownBy(() -> ReportPlan.fromOptions(List.of("xml"), Optional.empty()))
        .hasMessageContaining("unknown format \"xml\"");
    assertThatThrownBy(() -> ReportPlan.fromOptions(List.of("sarif=a", "json=./a"),
        Optional.empty())).hasMessageContaining("two reports would be written to");
    assertThatThrownBy(() -> ReportPlan.fromOptions(List.of("sarif=a"), Optional.of("b")))
        .hasMessageContaining("-o b has no format");
    assertThatThrownBy(() -> ReportPlan.fromOptions(List.of("sarif="), Optional.empty()))
        .hasMessageContaining("give a file");
  }

  @Test
  void folderPlanNamesFilesByExtension() throws ReportException {
    assertThat(shown(ReportPlan.toFolder(List.of("text", "json", "sarif", "junit", "json"),
        "target/kubecheck")))
        .containsExactly("text->target/kubecheck/kubecheck.txt",
            "json->target/kubecheck/kubecheck.json", "sarif->target/kubecheck/kubecheck.sarif",
            "junit->target/kubecheck/kubecheck.xml");
  }

  @Test
  void writesFilesPlainAndStandardOutputAsAsked() throws Exception {
    ReportPlan plan = ReportPlan.fromOptions(List.of("text", "json=out/r.json"), Optional.empty());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> written = plan.write(SampleResult.result(),
        new ReportOptions(true, SampleResult.registry()),
        new PrintStream(out, true, StandardCharsets.UTF_8), dir);
    assertThat(written).containsExactly("out/r.json");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\u001b[");
    assertThat(Files.readString(dir.resolve("out/r.json"))).startsWith("{")
        .doesNotContain("\u001b[");
  }
}
