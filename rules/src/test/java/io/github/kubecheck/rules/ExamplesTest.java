package io.github.kubecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Checker;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled examples a newcomer lints first: the shop application is clean under every default
 * rule, and each planted problem under examples/broken/ (a file, or a folder of files checked
 * together) is reported at its marked line.
 */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("../examples");
  private static final Checker CHECKER = new Checker(RuleRegistry.loadBuiltIn());

  @Test
  void shopApplicationHasNoFindings() throws Exception {
    CheckResult result = CHECKER.check(CheckRequest.of(List.of("shop"), EXAMPLES));
    assertThat(result.objects()).isGreaterThan(10);
    assertThat(result.findings().stream().map(ExamplesTest::describe).toList()).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> brokenExamplesReportEachPlantedProblem() throws IOException {
    Path broken = EXAMPLES.resolve("broken");
    List<Path> files;
    try (Stream<Path> s = Files.list(broken)) {
      files = s.filter(p -> p.toString().endsWith(".yaml") || Files.isDirectory(p)).sorted()
          .toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> {
          Fixture f = Fixture.read(file, "yaml-syntax");
          List<String> expected = f.expectations().stream().sorted()
              .map(Fixture.Expectation::toString).toList();
          assertThat(expected).as("planted problems in " + file).isNotEmpty();
          CheckResult result = CHECKER.check(f.request().withOnlyRules(
              f.expectations().stream().map(Fixture.Expectation::rule)
                  .collect(java.util.stream.Collectors.toSet())));
          List<String> actual = result.findings().stream()
              .map(x -> new Fixture.Expectation(x.span().file(), x.rule(), x.span().line()))
              .sorted().map(Fixture.Expectation::toString).toList();
          assertThat(actual).as("findings of %s: %s", file,
              result.findings().stream().map(ExamplesTest::describe).toList())
              .isEqualTo(expected);
        }));
  }

  private static String describe(Finding f) {
    return f.span() + " [" + f.rule() + "] " + f.message();
  }
}
