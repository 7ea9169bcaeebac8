package io.github.kubecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.rule.RuleMetadata;
import io.github.kubecheck.rule.RulePage;
import io.github.kubecheck.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages under docs/rules/ are generated from each rule's metadata and fixtures; this test
 * fails when they are stale. Regenerate with {@code mvn -pl rules -am test
 * -Dkubecheck.updateDocs=true}.
 */
class RuleDocsTest {

  private static final Path DOCS = Path.of("../docs/rules");
  private static final boolean UPDATE = Boolean.getBoolean("kubecheck.updateDocs");

  @Test
  void rulePagesAreCurrent() throws IOException {
    TreeMap<Path, String> expected = new TreeMap<>();
    List<Fixture> fixtures = FixtureTest.fixtures();
    StringBuilder index = new StringBuilder("# Rules\n\nGenerated from the rules' metadata; "
        + "`kubecheck rules explain RULE-ID` prints the same pages.\n\n"
        + "| rule | category | severity | default | summary |\n|---|---|---|---|---|\n");
    for (RuleRegistry.Entry e : RuleRegistry.loadBuiltIn().all()) {
      RuleMetadata m = e.metadata();
      expected.put(DOCS.resolve(m.id() + ".md"), RulePage.render(m, examples(m.id(), fixtures)));
      index.append("| [").append(m.id()).append("](").append(m.id()).append(".md) | ")
          .append(m.category().id()).append(" | ").append(m.severity().id()).append(" | ")
          .append(m.enabledByDefault() ? "on" : "off").append(" | ")
          .append(m.summary().replace("|", "\\|")).append(" |\n");
    }
    expected.put(DOCS.resolve("README.md"), index.toString());
    if (UPDATE) {
      write(expected);
    }
    List<String> stale = new ArrayList<>();
    for (var entry : expected.entrySet()) {
      Path p = entry.getKey();
      if (!Files.exists(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(entry.getValue())) {
        stale.add(p.getFileName().toString());
      }
    }
    try (Stream<Path> s = Files.exists(DOCS) ? Files.list(DOCS) : Stream.empty()) {
      s.filter(p -> !expected.containsKey(p)).forEach(p -> stale.add(p.getFileName() + " (no such rule)"));
    }
    assertThat(stale).as("stale pages under docs/rules; regenerate with "
        + "mvn -pl rules -am test -Dkubecheck.updateDocs=true").isEmpty();
  }

  private static List<RulePage.Example> examples(String id, List<Fixture> fixtures)
      throws IOException {
    List<RulePage.Example> out = new ArrayList<>();
    List<Fixture> own = fixtures.stream().filter(f -> f.ruleId().equals(id)).toList();
    Optional<Fixture> failing = own.stream()
        .filter(f -> f.expectations().stream().anyMatch(x -> x.rule().equals(id))).findFirst();
    Optional<Fixture> passing = own.stream()
        .filter(f -> f.expectations().stream().noneMatch(x -> x.rule().equals(id))).findFirst();
    if (failing.isPresent()) {
      out.add(new RulePage.Example("Flagged (lines marked `expect`)", read(failing.get())));
    }
    if (passing.isPresent()) {
      out.add(new RulePage.Example("Passes", read(passing.get())));
    }
    return out;
  }

  private static String read(Fixture f) throws IOException {
    return f.text();
  }

  private static void write(TreeMap<Path, String> pages) throws IOException {
    Files.createDirectories(DOCS);
    try (Stream<Path> s = Files.list(DOCS)) {
      for (Path p : s.filter(p -> !pages.containsKey(p)).toList()) {
        Files.delete(p);
      }
    }
    for (var e : pages.entrySet()) {
      Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
