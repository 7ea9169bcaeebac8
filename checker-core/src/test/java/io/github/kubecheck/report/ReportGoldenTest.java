package io.github.kubecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format renders the sample run byte for byte as its golden file. Run with
 * {@code -Dkubecheck.updateGolden=true} to rewrite the files after a deliberate change, and review
 * the diff.
 */
class ReportGoldenTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/io/github/kubecheck/report/golden");

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit", "github"})
  void rendersAsTheGoldenFile(String name) throws IOException {
    ReportFormat format = ReportFormats.byName(name).orElseThrow();
    String actual = format.render(SampleResult.result(),
        new ReportOptions(false, SampleResult.registry()))
        .replace(Version.get(), "VERSION");
    Path golden = GOLDEN.resolve("sample." + format.extension().replace("txt", name + ".txt"));
    if (Boolean.getBoolean("kubecheck.updateGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit", "github"})
  void sameInputSameBytes(String name) {
    ReportFormat format = ReportFormats.byName(name).orElseThrow();
    ReportOptions options = new ReportOptions(false, SampleResult.registry());
    assertThat(format.render(SampleResult.result(), options))
        .isEqualTo(format.render(SampleResult.result(), options));
  }
}
