package io.github.kubecheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** include/exclude globs over displayed paths, and the default manifest folders of a build. */
class SourceSelectionTest {

  @TempDir
  Path dir;

  private void touch(String path) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "kind: ConfigMap\n");
  }

  private List<String> collect(List<String> exclude, List<String> include, String... args)
      throws InputException {
    return new SourceCollector(dir, 1 << 20, exclude, include)
        .collect(List.of(args), InputStream.nullInputStream())
        .files().stream().map(SourceFile::path).toList();
  }

  @Test
  void includeNarrowsWhatFoldersGiveAndLeadingDoubleStarMatchesTheTop() throws Exception {
    touch("a.yaml");
    touch("deploy/b.yaml");
    touch("deploy/gen/c.yaml");
    touch("deploy/d.json");
    assertThat(collect(List.of(), List.of("**/*.yaml"), ".")).containsExactly("a.yaml",
        "deploy/b.yaml", "deploy/gen/c.yaml");
    assertThat(collect(List.of("**/gen/**"), List.of("deploy/**"), "."))
        .containsExactly("deploy/b.yaml", "deploy/d.json");
    assertThat(collect(List.of("**/a.yaml"), List.of(), ".")).doesNotContain("a.yaml");
  }

  @Test
  void filesNamedAsArgumentsAreAlwaysRead() throws Exception {
    touch("deploy/d.json");
    assertThat(collect(List.of("**/*.json"), List.of("**/*.yaml"), "deploy/d.json"))
        .containsExactly("deploy/d.json");
  }

  @Test
  void defaultManifestFoldersThatExist() throws Exception {
    assertThat(ManifestFolders.present(dir)).isEmpty();
    touch("k8s/a.yaml");
    touch("src/main/kubernetes/b.yaml");
    assertThat(ManifestFolders.present(dir)).containsExactly("src/main/kubernetes", "k8s");
  }
}
