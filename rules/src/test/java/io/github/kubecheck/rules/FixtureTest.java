package io.github.kubecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Checker;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under src/test/resources/rules/RULE-ID/ through the whole checker and
 * compares the findings (rule and line) with the fixture's markers, both ways: every marker found,
 * nothing unmarked reported.
 */
class FixtureTest {

  static final Path ROOT = Path.of("src/test/resources/rules");
  private static final RuleRegistry REGISTRY = RuleRegistry.loadBuiltIn();
  private static final Checker CHECKER = new Checker(REGISTRY);

  @TestFactory
  Stream<DynamicTest> everyFixture() throws IOException {
    return fixtures().stream().map(f -> DynamicTest.dynamicTest(
        ROOT.relativize(f.file()).toString(), f.file().toUri(), () -> run(f)));
  }

  private static void run(Fixture f) throws Exception {
    assertThat(REGISTRY.has(f.ruleId())).as("folder names a known rule").isTrue();
    CheckResult result = CHECKER.check(f.request());
    List<Fixture.Expectation> actual = new ArrayList<>();
    for (Finding finding : result.findings()) {
      List<String> files = new ArrayList<>(f.inputs());
      f.configFile().ifPresent(files::add);
      assertThat(files).as("finding in the fixture or its configuration: " + finding)
          .contains(finding.span().file());
      actual.add(new Fixture.Expectation(finding.span().file(), finding.rule(),
          finding.span().line()));
    }
    assertThat(actual.stream().sorted().toList())
        .as("findings of %s (messages: %s)", f.file(),
            result.findings().stream().map(x -> x.span().line() + ": " + x.message()).toList())
        .isEqualTo(f.expectations().stream().sorted().toList());
  }

  /** Every rule has a fixture folder with a failing case and a passing case. */
  @Test
  void everyRuleHasFailingAndPassingFixtures() throws IOException {
    List<Fixture> all = fixtures();
    List<String> missing = new ArrayList<>();
    for (RuleRegistry.Entry e : REGISTRY.all()) {
      String id = e.metadata().id();
      List<Fixture> own = all.stream().filter(f -> f.ruleId().equals(id)).toList();
      boolean failing = own.stream()
          .anyMatch(f -> f.expectations().stream().anyMatch(x -> x.rule().equals(id)));
      boolean passing = own.stream()
          .anyMatch(f -> f.expectations().stream().noneMatch(x -> x.rule().equals(id)));
      if (!failing || !passing) {
        missing.add(id + (failing ? "" : " (no failing fixture)")
            + (passing ? "" : " (no passing fixture)"));
      }
    }
    assertThat(missing).as("rules without failing and passing fixtures").isEmpty();
  }

  /**
   * Every fixture, per rule folder: its single-file fixtures first, then its multi-file ones
   * (subfolders whose manifests are checked together).
   */
  static List<Fixture> fixtures() throws IOException {
    List<Fixture> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      for (Path dir : dirs.sorted().filter(Files::isDirectory).toList()) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
          entries = s.sorted().toList();
        }
        String rule = dir.getFileName().toString();
        for (Path file : entries.stream().filter(Fixture::isManifest).toList()) {
          out.add(Fixture.read(file, rule));
        }
        for (Path folder : entries.stream().filter(FixtureTest::isFixtureFolder).toList()) {
          out.add(Fixture.read(folder, rule));
        }
      }
    }
    return out;
  }

  private static boolean isFixtureFolder(Path p) {
    return Files.isDirectory(p) && !p.getFileName().toString().startsWith(".");
  }
}
