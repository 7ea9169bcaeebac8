package io.github.kubecheck.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCollectorTest {

  @TempDir
  Path dir;

  private void write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private List<String> collect(List<String> args) throws InputException {
    return new SourceCollector(dir, 1000, List.of("skip/**"))
        .collect(args, InputStream.nullInputStream()).files().stream().map(SourceFile::path).toList();
  }

  @Test
  void walksFoldersInSortedOrderSkippingHiddenIgnoredAndOtherFiles() throws Exception {
    write("m/b.yaml", "a: 1");
    write("m/a.yml", "a: 1");
    write("m/c.json", "{}");
    write("m/readme.md", "x");
    write("m/.hidden/x.yaml", "a: 1");
    write("m/.kubecheck.yaml", "rules: {}");
    write("m/.pre-commit-config.yaml", "repos: []");
    write("m/sub/d.YAML", "a: 1");
    write("m/vendor/e.yaml", "a: 1");
    write("m/gen/f.yaml", "a: 1");
    write("m/gen/keep.yaml", "a: 1");
    write("m/.kubecheckignore", "# comment\nvendor/\ngen/*.yaml\n!gen/keep.yaml\n");
    assertThat(collect(List.of("m"))).containsExactly(
        "m/a.yml", "m/b.yaml", "m/c.json", "m/gen/keep.yaml", "m/sub/d.YAML");
    assertThat(collect(List.of("m/.kubecheck.yaml"))).containsExactly("m/.kubecheck.yaml");
  }

  @Test
  void pathsStayAsGivenAndConfigExcludesApply() throws Exception {
    write("x.yaml", "a: 1");
    write("skip/y.yaml", "a: 1");
    assertThat(collect(List.of("."))).containsExactly("x.yaml");
    assertThat(collect(List.of("./x.yaml"))).containsExactly("x.yaml");
  }

  @Test
  void tooLargeFilesAreReportedNotRead() throws Exception {
    write("big.yaml", "a: " + "x".repeat(2000));
    Sources s = new SourceCollector(dir, 1000, List.of()).collect(List.of("big.yaml"),
        InputStream.nullInputStream());
    assertThat(s.files()).isEmpty();
    assertThat(s.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("limits.maxFileBytes"));
  }

  @Test
  void readsStandardInput() throws Exception {
    Sources s = new SourceCollector(dir, 1000, List.of()).collect(List.of("-"),
        new ByteArrayInputStream("kind: Pod".getBytes()));
    assertThat(s.files()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("-"));
  }

  @Test
  void missingPathIsAnInputError() {
    assertThatThrownBy(() -> collect(List.of("nope.yaml")))
        .isInstanceOf(InputException.class).hasMessageContaining("nope.yaml");
  }
}
